import { z } from "zod/mini";

/** The dataset format version; bump it on any incompatible change to the schema below. */
export const SCHEMA_VERSION = 1;

/** A calendar day, YYYY-MM-DD. Dates stay ISO strings in JSON. */
export const IsoDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/))
  .brand<"IsoDate">();
/** ISO 3166-1 alpha-3 for countries (e.g. "RUS"); short upper-case ids for organisations ("UN", "LIMA"). */
export const ActorIdSchema = z
  .string()
  .check(z.regex(/^[A-Z][A-Z0-9_]{1,15}$/))
  .brand<"ActorId">();
export const StanceIdSchema = z.enum(["maduro", "guaido", "conditional", "neutral"]);

const offsets = {
  /** Character offsets of the span in the article's cleaned `text` (start inclusive, end exclusive). */
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
};

export const StanceSchema = z.object({
  id: StanceIdSchema,
  label: z.string(),
  description: z.string(),
  /** CSS colour from a colour-blind-safe palette. */
  color: z.string(),
});

export const TopicSchema = z.object({
  id: z.string(),
  question: z.string(),
  /** The country in crisis; its own stance is not charted. */
  subject: ActorIdSchema,
  /** Inclusive window in which the topic's events can lie; used to infer missing years. */
  window: z.object({ start: IsoDateSchema, end: IsoDateSchema }),
  stances: z.array(StanceSchema),
  /** Colour for actors with no reported position. */
  noneColor: z.string(),
});

export const ArticleSchema = z.object({
  /** File name without `.txt`. */
  id: z.string().check(z.minLength(1)),
  file: z.string(),
  title: z.string(),
  /** False when the text had no headline and `title` was derived from the lead. */
  titleFromText: z.boolean(),
  published: z.nullable(IsoDateSchema),
  /** How `published` was established, e.g. "front matter", "dateline + weekday 'on Monday'", or why not. */
  publishedBasis: z.string(),
  dateline: z.nullable(z.string()),
  source: z.nullable(z.string()),
  /** The cleaned article text; every offset in the dataset points into it. */
  text: z.string(),
  warnings: z.array(z.string()),
});

export const ActorSchema = z.object({
  id: ActorIdSchema,
  kind: z.enum(["country", "organization"]),
  name: z.string(),
  /** Zero-padded ISO 3166-1 numeric code ("048"), as used by world-atlas; null for organisations. */
  isoNumeric: z.nullable(z.string().check(z.regex(/^\d{3}$/))),
  /** Member actor ids of an organisation, where known; empty for countries. */
  members: z.array(ActorIdSchema),
});

export const ObservationSchema = z.object({
  id: z.string(),
  actor: ActorIdSchema,
  stance: StanceIdSchema,
  /** The day the stance was taken: stated in the text, else the publication date; null when neither is known. */
  date: z.nullable(IsoDateSchema),
  dateBasis: z.enum(["stated", "published", "unknown"]),
  article: z.string(),
  /** The evidence sentence, exactly `text.slice(start, end)` of the article. */
  sentence: z.string(),
  ...offsets,
  /** The group expression the actor was expanded from ("Lima Group members except Mexico"), or null. */
  via: z.nullable(z.string()),
  /** The words that carried the stance ("voiced support for"). */
  cue: z.string(),
});

export const QuoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  /** The speaker's name as printed, or the outlet's name for media reports. */
  speaker: z.string(),
  role: z.nullable(z.string()),
  /** The speaker's country or organisation; null for media and unknown speakers. */
  actor: z.nullable(ActorIdSchema),
  speakerKind: z.enum(["person", "organization", "media", "unknown"]),
  article: z.string(),
  date: z.nullable(IsoDateSchema),
  ...offsets,
});

export const EventSchema = z.object({
  id: z.string(),
  date: IsoDateSchema,
  /** A short label for the event ("Guaido declares himself interim president"). */
  label: z.string(),
  article: z.string(),
  sentence: z.string(),
  ...offsets,
});

export const CorpusWarningSchema = z.object({ file: z.string(), reason: z.string() });

export const DatasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  topic: TopicSchema,
  articles: z.array(ArticleSchema),
  actors: z.array(ActorSchema),
  observations: z.array(ObservationSchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  /** Files that were skipped or kept with problems, with the reason. */
  warnings: z.array(CorpusWarningSchema),
});

export type IsoDate = z.infer<typeof IsoDateSchema>;
export type ActorId = z.infer<typeof ActorIdSchema>;
export type StanceId = z.infer<typeof StanceIdSchema>;
export type Stance = z.infer<typeof StanceSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Observation = z.infer<typeof ObservationSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type StanceEvent = z.infer<typeof EventSchema>;
export type CorpusWarning = z.infer<typeof CorpusWarningSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
