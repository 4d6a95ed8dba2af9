import {
  SCHEMA_VERSION,
  type ActorId,
  type CorpusWarning,
  type Dataset,
  type Observation,
  type StanceEvent,
  type Topic,
} from "../dataset/schema";
import type { ArticleInput } from "./article-input";
import topicData from "./data/topic.json";
import { describeActor } from "./describe-actor";
import { articleId, extractArticle } from "./extract-article";

/** The topic every dataset carries, from data/topic.json. */
export const TOPIC = topicData as Topic;

/**
 * Returns the dataset of a corpus: every article's metadata, observations, quotes and events, the actors they
 * name (with organisations' members), and the corpus warnings. Pure and deterministic: articles sorted by id,
 * everything else by article and offset; an article whose analysis fails is reported and skipped, never thrown.
 */
export function extractCorpus(
  inputs: readonly ArticleInput[],
  corpusWarnings: readonly CorpusWarning[],
  options: { onProgress?: (done: number, total: number) => void } = {},
): Dataset {
  const warnings = [...corpusWarnings];
  const sorted = [...inputs].sort((a, b) => compare(articleId(a.file), articleId(b.file)));
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    topic: TOPIC,
    articles: [],
    actors: [],
    observations: [],
    quotes: [],
    events: [],
    warnings,
  };
  const eventKeys = new Set<string>();
  for (const [i, input] of sorted.entries()) {
    options.onProgress?.(i + 1, sorted.length);
    try {
      const r = extractArticle(input, TOPIC);
      dataset.articles.push(r.article);
      dataset.observations.push(...r.observations);
      dataset.quotes.push(...r.quotes);
      for (const e of r.events) {
        const key = `${e.date} ${e.kind}`;
        if (eventKeys.has(key)) continue;
        eventKeys.add(key);
        const event: StanceEvent = {
          id: `${e.date}:${e.kind.replace(/\W+/g, "-")}`,
          date: e.date,
          label: e.label,
          article: r.article.id,
          sentence: e.sentence.text,
          start: e.sentence.start,
          end: e.sentence.end,
        };
        dataset.events.push(event);
      }
    } catch (error) {
      warnings.push({
        file: input.file,
        reason: `skipped: the article could not be analysed (${String(error)})`,
      });
    }
  }
  undateBackReferences(dataset.observations);
  dataset.events.sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id));
  const ids = new Set<ActorId>([TOPIC.subject]);
  for (const o of dataset.observations) ids.add(o.actor);
  for (const q of dataset.quotes) if (q.actor) ids.add(q.actor);
  for (const id of [...ids]) for (const m of describeActor(id).members) ids.add(m);
  dataset.actors = [...ids].sort(compare).map(describeActor);
  warnings.sort((a, b) => compare(a.file, b.file) || compare(a.reason, b.reason));
  return dataset;
}

/**
 * An ultimatum ("will recognise Guaido unless…") reported only by a story's date, for an actor that had already
 * recognised Guaido before that date, is the story recalling the earlier ultimatum ("Maduro shrugged off an
 * ultimatum by EU states"), not a new position: it stays as evidence but leaves the timeline (date unknown).
 */
function undateBackReferences(observations: Observation[]): void {
  const firstRecognition = new Map<ActorId, string>();
  for (const o of observations)
    if (
      o.stance === "guaido" &&
      o.date &&
      (!firstRecognition.has(o.actor) || o.date < firstRecognition.get(o.actor)!)
    )
      firstRecognition.set(o.actor, o.date);
  for (const o of observations) {
    const recognised = firstRecognition.get(o.actor);
    if (
      o.stance === "conditional" &&
      o.dateBasis === "published" &&
      o.date &&
      recognised &&
      recognised < o.date
    ) {
      o.date = null;
      o.dateBasis = "unknown";
    }
  }
}

/** Compares strings by code unit, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
