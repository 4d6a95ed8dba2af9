import { StanceIdSchema, type Actor, type ActorId, type StanceId } from "../../../dataset/schema";
import type { StanceState } from "../../../dataset/stance-index";

/** What one map shape shows: its actor (if any), stance on the day, and whether it is dimmed by a legend highlight. */
export interface ShapeModel {
  actor: Actor | undefined;
  state: StanceState | undefined;
  dimmed: boolean;
}

/** Returns actors by their ISO numeric code, the key world-atlas shapes carry. */
export function actorsByNumeric(actors: readonly Actor[]): Map<string, Actor> {
  return new Map(actors.filter((a) => a.isoNumeric).map((a) => [a.isoNumeric!, a]));
}

/** Returns how many actors hold each stance on the day, and how many countries of the map have none. */
export function legendCounts(
  states: ReadonlyMap<ActorId, StanceState>,
  countries: readonly Actor[],
): { byStance: Record<StanceId, number>; none: number } {
  const byStance = Object.fromEntries(StanceIdSchema.options.map((s) => [s, 0])) as Record<StanceId, number>;
  let none = 0;
  for (const a of countries) {
    const s = states.get(a.id);
    if (s) byStance[s.stance] += 1;
    else none += 1;
  }
  return { byStance, none };
}
