import type { Lookup } from "../../../dataset/lookup";
import type { Overview } from "../../../dataset/parts";
import type { Actor, IsoDate } from "../../../dataset/schema";
import type { StanceIndex, StanceState } from "../../../dataset/stance-index";

export type SortKey = "name" | "stance" | "since" | "sources";

export interface Row {
  actor: Actor;
  state: StanceState | undefined;
  stanceLabel: string;
}

/** Returns one row per actor that has ever taken a position (the subject excluded), with its state on `date`. */
export function tableRows(overview: Overview, index: StanceIndex, lookup: Lookup, date: IsoDate): Row[] {
  return index.actors
    .filter((id) => id !== overview.topic.subject)
    .map((id) => {
      const state = index.stateOn(id, date);
      return { actor: lookup.actor(id)!, state, stanceLabel: lookup.stance(state?.stance)?.label ?? "~" };
    })
    .filter((r) => r.actor);
}

/** Returns rows sorted by a column (ties by name); `dir` -1 reverses. Rows without a stance sort last. */
export function sortRows(rows: readonly Row[], key: SortKey, dir: 1 | -1): Row[] {
  const value = (r: Row): string | number =>
    key === "name"
      ? r.actor.name
      : key === "stance"
        ? r.stanceLabel
        : key === "since"
          ? (r.state?.since ?? "~")
          : (r.state?.sources ?? 0);
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const c =
      typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb));
    return c * dir || a.actor.name.localeCompare(b.actor.name);
  });
}
