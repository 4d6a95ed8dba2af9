import { ascending, group } from "d3-array";
import { z } from "zod/mini";
import {
  ActorIdSchema,
  ActorSchema,
  ArticleSchema,
  EventSchema,
  IsoDateSchema,
  ObservationSchema,
  QuoteSchema,
  SCHEMA_VERSION,
  TopicSchema,
  type Actor,
  type ActorId,
  type Article,
  type Dataset,
  type Quote,
} from "./schema";
import { encodeTimeline, resolveTimeline } from "./stance-index";

/*
 * The dataset split for the dashboard, so the first view waits only for what it draws (src/dataset/README.md, "Parts"):
 *   overview.json          topic, actors, each actor's resolved days, publication days, counts, events
 *   quotes/<n>.json        the quotes, newest first, QUOTES_PER_PART a file, with their articles' titles
 *   actors/<id>.json       one actor's observations (evidence sentences), with their articles' titles
 *   articles/<name>.json   one article's text with its observations and quotes
 */

/** What the dashboard lists an article by, without its text. */
export const ArticleMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  published: z.nullable(IsoDateSchema),
  source: z.nullable(z.string()),
});

/**
 * A list of whole numbers of at least `min`, checked in one pass. On a large dataset the overview holds about
 * 100,000 of them, and a schema per number made checking it a task of its own (about 30 ms cold in Node, 85 ms in
 * Chromium with the CPU slowed 4×).
 */
function wholeNumbers(min: number) {
  return z.custom<number[]>(
    (list) => Array.isArray(list) && list.every((n) => Number.isSafeInteger(n) && n >= min),
    `Expected a list of whole numbers of at least ${min}`,
  );
}

/**
 * An actor's observed days, ascending, in three parallel lists: `days[i]` is the number of days since the
 * previous observed day (`days[0]` is 0, counted from `start`), `stances[i]` the letter of the stance that day
 * resolves to (g, m, c, n), `sources[i]` the articles that reported it in its run so far. A fifth the size of
 * one [day, stance, sources] triple per day, which matters on a large dataset, where this is most of the overview.
 */
export const ActorDaysSchema = z
  .object({
    start: IsoDateSchema,
    days: wholeNumbers(0),
    stances: z.string().check(z.regex(/^[gmcn]*$/)),
    sources: wholeNumbers(1),
  })
  .check(
    z.refine((a) => a.days.length === a.stances.length && a.sources.length === a.stances.length, {
      message: "days, stances and sources differ in length",
    }),
  );

export const OverviewSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  topic: TopicSchema,
  actors: z.array(ActorSchema),
  /** Each actor's observed days, compactly (see ActorDaysSchema); decodeTimeline gives them back as steps. */
  timeline: z.record(ActorIdSchema, ActorDaysSchema),
  /** The articles' publication days, distinct, ascending. */
  published: z.array(IsoDateSchema),
  counts: z.object({ articles: z.int(), observations: z.int(), quotes: z.int() }),
  /** How many files the quotes are in: quotes/0.json (the newest) to quotes/<quoteParts - 1>.json. */
  quoteParts: z.int().check(z.nonnegative()),
  events: z.array(EventSchema),
});

export const QuotesPartSchema = z.object({
  quotes: z.array(QuoteSchema),
  /** The articles the quotes come from. */
  articles: z.array(ArticleMetaSchema),
});

/** Quotes in one file of quotes/: small enough to read without holding up the page. */
export const QUOTES_PER_PART = 5000;

/** An actor's evidence sentences. Its quotes are not repeated here: the quote files hold them. */
export const ActorPartSchema = z.object({
  observations: z.array(ObservationSchema),
  /** The articles the observations come from. */
  articles: z.array(ArticleMetaSchema),
});

export const ArticlePartSchema = z.object({
  article: ArticleSchema,
  observations: z.array(ObservationSchema),
  quotes: z.array(QuoteSchema),
});

export type ActorDays = z.infer<typeof ActorDaysSchema>;
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
export type Overview = z.infer<typeof OverviewSchema>;
export type QuotesPart = z.infer<typeof QuotesPartSchema>;
export type ActorPart = z.infer<typeof ActorPartSchema>;
export type ArticlePart = z.infer<typeof ArticlePartSchema>;

/**
 * Returns the file name (without `.json`) of an article's or actor's part: the id itself when it is made of
 * letters, digits, `.`, `_` and `-`; otherwise each other character becomes `~<code point in hex>~`, so names
 * stay safe in URLs and file systems, and distinct ids never share a name.
 */
export function partName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/gu, (c) => `~${c.codePointAt(0)!.toString(16)}~`);
}

/** Paths of the parts, relative to the parts folder. */
export const partPath = {
  overview: "overview.json",
  quotes: (n: number) => `quotes/${n}.json`,
  actor: (id: ActorId) => `actors/${partName(id)}.json`,
  article: (id: string) => `articles/${partName(id)}.json`,
};

/**
 * Orders quotes newest first, undated last, then by id: the order of the quote files and of the quote list.
 * By code unit, not localeCompare: ISO days order so, and the app checks the order of every quote as they load.
 */
export function compareNewestFirst(a: Quote, b: Quote): number {
  return ascending(b.date ?? "", a.date ?? "") || ascending(a.id, b.id);
}

function meta(a: Article): ArticleMeta {
  return { id: a.id, title: a.title, published: a.published, source: a.source };
}

/** Returns the dashboard's parts of a dataset, keyed by path relative to the parts folder. */
export function splitDataset(dataset: Dataset): Map<string, Overview | QuotesPart | ActorPart | ArticlePart> {
  const parts = new Map<string, Overview | QuotesPart | ActorPart | ArticlePart>();
  const metas = new Map(dataset.articles.map((a) => [a.id, meta(a)]));
  parts.set(partPath.overview, {
    schemaVersion: dataset.schemaVersion,
    topic: dataset.topic,
    actors: dataset.actors,
    timeline: encodeTimeline(resolveTimeline(dataset.observations)),
    published: [...new Set(dataset.articles.flatMap((a) => (a.published ? [a.published] : [])))].sort(),
    counts: {
      articles: dataset.articles.length,
      observations: dataset.observations.length,
      quotes: dataset.quotes.length,
    },
    quoteParts: Math.ceil(dataset.quotes.length / QUOTES_PER_PART),
    events: dataset.events,
  });
  const quotes = [...dataset.quotes].sort(compareNewestFirst);
  for (let n = 0; n * QUOTES_PER_PART < quotes.length; n++) {
    const slice = quotes.slice(n * QUOTES_PER_PART, (n + 1) * QUOTES_PER_PART);
    const ids = [...new Set(slice.map((q) => q.article))].sort();
    parts.set(partPath.quotes(n), { quotes: slice, articles: ids.map((id) => metas.get(id)!) });
  }

  const obsByActor = group(dataset.observations, (o) => o.actor);
  for (const actor of dataset.actors satisfies Actor[]) {
    const observations = obsByActor.get(actor.id) ?? [];
    const ids = new Set(observations.map((o) => o.article));
    parts.set(partPath.actor(actor.id), {
      observations,
      articles: [...ids].sort().map((id) => metas.get(id)!),
    });
  }

  const obsByArticle = group(dataset.observations, (o) => o.article);
  const quotesByArticle = group(dataset.quotes, (q) => q.article);
  for (const article of dataset.articles)
    parts.set(partPath.article(article.id), {
      article,
      observations: obsByArticle.get(article.id) ?? [],
      quotes: quotesByArticle.get(article.id) ?? [],
    });
  return parts;
}
