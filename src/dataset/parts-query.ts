import { queryOptions } from "@tanstack/react-query";
import { z, type ZodMiniType } from "zod/mini";
import {
  ActorDaysSchema,
  ActorPartSchema,
  ArticlePartSchema,
  OverviewSchema,
  partPath,
  ArticleMetaSchema,
  type ActorDays,
  type ActorPart,
  type ArticlePart,
  type Overview,
  type QuotesPart,
} from "./parts";
import { inSlices, nextTask } from "./in-slices";
import { actorRuns, indexRuns, type ActorRuns, type StanceIndex } from "./stance-index";
import { ActorIdSchema, QuoteSchema, type ActorId } from "./schema";

/** Where the built site serves the whole dataset, offered as a download (the app reads only its parts). */
export const DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;
/** Where the built site serves the dataset's parts (written by the extractor beside dataset.json). */
export const PARTS_URL = `${import.meta.env.BASE_URL}data/parts/`;

/** A file that is not there; for a part, the id in the URL names nothing in this dataset. */
export class PartNotFoundError extends Error {}

/**
 * Returns the JSON at `url` validated with its schema. Throws PartNotFoundError on HTTP 404 or an HTML page
 * (single-page-app hosts, `vite preview` among them, answer a missing file with index.html), and an Error
 * naming `what` on any other HTTP error, invalid JSON or data that does not match the schema.
 */
export async function fetchChecked<T>(
  url: string,
  schema: ZodMiniType<T>,
  what: string,
  signal: AbortSignal,
): Promise<T> {
  const res = await fetch(url, { signal });
  if (res.status === 404 || (res.ok && res.headers.get("content-type")?.startsWith("text/html")))
    throw new PartNotFoundError(`${what} could not be found.`);
  if (!res.ok) throw new Error(`${what} could not be loaded (HTTP ${res.status}).`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new Error(`${what} is not valid JSON.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw formatError(what, parsed.error.issues[0]);
  return parsed.data;
}

/** Returns a part (a path relative to the parts folder) fetched and validated with its schema, as fetchChecked. */
const loadPart = <T>(path: string, schema: ZodMiniType<T>, what: string, signal: AbortSignal) =>
  fetchChecked(`${PARTS_URL}${path}`, schema, what, signal);

function formatError(
  what: string,
  issue: { path: PropertyKey[]; message: string } | undefined,
  at: PropertyKey[] = [],
) {
  const path = [...at, ...(issue?.path ?? [])].map(String).join(".") || "root";
  return new Error(`${what} does not match the expected format (${path}: ${issue?.message}).`);
}

/** Returns `items` validated with `item`, a slice at a time (inSlices), so tens of thousands do not freeze the page. */
async function validateInSlices<T>(
  items: readonly unknown[],
  item: ZodMiniType<T>,
  what: string,
  field: string,
  signal: AbortSignal,
) {
  const list = z.array(item);
  const out: T[] = [];
  await inSlices(
    items,
    (slice, offset) => {
      const parsed = list.safeParse(slice);
      if (!parsed.success) {
        const [index, ...rest] = parsed.error.issues[0].path;
        throw formatError(what, {
          ...parsed.error.issues[0],
          path: [field, offset + Number(index), ...rest],
        });
      }
      out.push(...parsed.data);
    },
    signal,
  );
  return out;
}

/** The quotes part's outline; its arrays, large on a large dataset, are validated in slices. */
const QuotesOutlineSchema = z.object({ quotes: z.array(z.unknown()), articles: z.array(z.unknown()) });

// Failures are shown with a Retry button rather than retried silently; a part once loaded never changes.
const once = { staleTime: Infinity, retry: false } as const;

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

/** The n-th file of quotes (0 holds the newest), with the titles and days of their articles. */
export const quotesQuery = (n: number) =>
  queryOptions({
    queryKey: ["part", partPath.quotes(n)],
    queryFn: async ({ signal }): Promise<QuotesPart> => {
      const what = "The quotes file";
      const outline = await loadPart(partPath.quotes(n), QuotesOutlineSchema, what, signal);
      return {
        quotes: await validateInSlices(outline.quotes, QuoteSchema, what, "quotes", signal),
        articles: await validateInSlices(outline.articles, ArticleMetaSchema, what, "articles", signal),
      };
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
