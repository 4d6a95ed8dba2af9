import type { Lookup } from "../../../dataset/lookup";
import type { Overview } from "../../../dataset/parts";
import type { Actor, IsoDate } from "../../../dataset/schema";
import type { StanceIndex, StanceState } from "../../../dataset/stance-index";

export type SortKey = "name" | "stance" | "since" | "sources";

export interface Row {
  actor: Actor;
  state: StanceState | undefined;
  /** The stance's place in the topic's list (the legend's order); -1 without a position on the day. */
  stanceRank: number;
}

/** Returns one row per actor that has ever taken a position (the subject excluded), with its state on `date`. */
export function tableRows(overview: Overview, index: StanceIndex, lookup: Lookup, date: IsoDate): Row[] {
  const rank = new Map(overview.topic.stances.map((s, i) => [s.id, i]));
  return index.actors
    .filter((id) => id !== overview.topic.subject)
    .map((id) => {
      const state = index.stateOn(id, date);
      return { actor: lookup.actor(id)!, state, stanceRank: state ? (rank.get(state.stance) ?? -1) : -1 };
    })
    .filter((r) => r.actor);
}

/**
 * Returns rows sorted by a column, stances in the legend's order (ties by name); `dir` -1 reverses. By stance, date
 * or sources, rows without a position on the day come last either way: they have nothing to compare.
 */
export function sortRows(rows: readonly Row[], key: SortKey, dir: 1 | -1): Row[] {
  const byName = (a: Row, b: Row) => a.actor.name.localeCompare(b.actor.name);
  if (key === "name") return [...rows].sort((a, b) => byName(a, b) * dir);
  return [...rows].sort((a, b) => {
    if (!a.state || !b.state) return Number(!a.state) - Number(!b.state) || byName(a, b);
    const c =
      key === "stance"
        ? a.stanceRank - b.stanceRank
        : key === "since"
          ? a.state.since.localeCompare(b.state.since)
          : a.state.sources - b.state.sources;
    return c * dir || byName(a, b);
  });
}
