import type { Actor, ActorId, Dataset, Stance, StanceId } from "./schema";

/** Lookups a dataset needs everywhere: actors by id, stances by id, articles by id. */
export interface Lookup {
  actor(id: ActorId): Actor | undefined;
  actorName(id: ActorId): string;
  stance(id: StanceId | undefined): Stance | undefined;
  articleTitle(id: string): string;
}

/** Returns lookups over a dataset; unknown ids give undefined (names fall back to the id). */
export function buildLookup(dataset: Dataset): Lookup {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const stances = new Map(dataset.topic.stances.map((s) => [s.id, s]));
  const titles = new Map(dataset.articles.map((a) => [a.id, a.title]));
  return {
    actor: (id) => actors.get(id),
    actorName: (id) => actors.get(id)?.name ?? id,
    stance: (id) => (id ? stances.get(id) : undefined),
    articleTitle: (id) => titles.get(id) ?? id,
  };
}
