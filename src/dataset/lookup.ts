import type { Overview } from "./parts";
import type { Actor, ActorId, Stance, StanceId } from "./schema";

/** Lookups the dashboard needs everywhere: actors by id, stances by id. */
export interface Lookup {
  actor(id: ActorId): Actor | undefined;
  actorName(id: ActorId): string;
  stance(id: StanceId | undefined): Stance | undefined;
}

/** Returns lookups over the dataset's actors and stances; unknown ids give undefined (names fall back to the id). */
export function buildLookup(overview: Pick<Overview, "actors" | "topic">): Lookup {
  const actors = new Map(overview.actors.map((a) => [a.id, a]));
  const stances = new Map(overview.topic.stances.map((s) => [s.id, s]));
  return {
    actor: (id) => actors.get(id),
    actorName: (id) => actors.get(id)?.name ?? id,
    stance: (id) => (id ? stances.get(id) : undefined),
  };
}
