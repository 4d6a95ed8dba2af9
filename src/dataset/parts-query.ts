import { queryOptions } from "@tanstack/react-query";
import { z, type ZodMiniType } from "zod/mini";
import {
  ActorDaysSchema,
  ActorPartSchema,
  ArticlePartSchema,
  OverviewSchema,
  partPath,
  type ActorDays,
  type ActorPart,
  type ArticlePart,
  type Overview,
} from "./parts";
import { fetchChecked, formatError } from "./fetch-checked";
import { inSlices, nextTask } from "./in-slices";
import { actorRuns, indexRuns, type ActorRuns, type StanceIndex } from "./stance-index";
import { ActorIdSchema, type ActorId } from "./schema";

/** Where the built site serves the whole dataset, offered as a download (the app reads only its parts). */
export const DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;
/** Where the built site serves the dataset's parts (written by the extractor beside dataset.json). */
export const PARTS_URL = `${import.meta.env.BASE_URL}data/parts/`;

/** Returns a part (a path relative to the parts folder) fetched and validated with its schema, as fetchChecked. */
const loadPart = <T>(path: string, schema: ZodMiniType<T>, what: string, signal: AbortSignal) =>
  fetchChecked(`${PARTS_URL}${path}`, schema, what, signal);

// Failures are shown with a Retry button rather than retried silently; a part once loaded never changes.
export const once = { staleTime: Infinity, retry: false } as const;

/** The overview, and its timeline indexed for the stances on any day. */
export interface LoadedOverview {
  overview: Overview;
  index: StanceIndex;
}

/**
 * The overview's outline. Its timeline, most of the overview on a large dataset (57,000 days), is validated and
 * indexed a few actors at a time (TIMELINE_ACTORS_PER_TASK), so neither holds the page in one long task.
 */
const OverviewOutlineSchema = z.extend(OverviewSchema, { timeline: z.record(ActorIdSchema, z.unknown()) });
const TIMELINE_ACTORS_PER_TASK = 25;

/**
 * The first view's data: topic, actors, their resolved days, counts and events, with the index of their days.
 * Each slice of actors is validated and indexed in a task of its own, so none holds the page long on a large dataset.
 */
export const overviewQuery = queryOptions({
  queryKey: ["part", partPath.overview],
  queryFn: async ({ signal }): Promise<LoadedOverview> => {
    const what = "The dataset";
    const outline = await loadPart(partPath.overview, OverviewOutlineSchema, what, signal);
    const timeline: Record<ActorId, ActorDays> = {};
    const runs = new Map<ActorId, ActorRuns>();
    const entries = Object.entries(outline.timeline) as [ActorId, unknown][];
    await nextTask(signal); // the file's parsing and outline check are a task's worth on their own
    await inSlices(
      entries,
      (slice) => {
        for (const [actor, days] of slice) {
          const parsed = ActorDaysSchema.safeParse(days);
          if (!parsed.success) throw formatError(what, parsed.error.issues[0], ["timeline", actor]);
          timeline[actor] = parsed.data;
          const entry = actorRuns(parsed.data);
          if (entry) runs.set(actor, entry);
        }
      },
      signal,
      TIMELINE_ACTORS_PER_TASK,
    );
    return { overview: { ...outline, timeline }, index: indexRuns(runs) };
  },
  ...once,
});

/** One actor's evidence sentences and quotes. */
export const actorPartQuery = (id: ActorId) =>
  queryOptions({
    queryKey: ["part", partPath.actor(id)],
    queryFn: ({ signal }): Promise<ActorPart> =>
      loadPart(partPath.actor(id), ActorPartSchema, `The evidence for ${id}`, signal),
    ...once,
  });

/** One article's text with its observations and quotes. */
export const articlePartQuery = (id: string) =>
  queryOptions({
    queryKey: ["part", partPath.article(id)],
    queryFn: ({ signal }): Promise<ArticlePart> =>
      loadPart(partPath.article(id), ArticlePartSchema, `The article “${id}”`, signal),
    ...once,
  });
