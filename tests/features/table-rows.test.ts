import { describe, expect, it } from "vitest";
import { buildLookup } from "../../src/dataset/lookup";
import type { IsoDate } from "../../src/dataset/schema";
import { indexCompactTimeline } from "../../src/dataset/stance-index";
import { sortRows, tableRows, type Row, type SortKey } from "../../src/features/table/lib/table-rows";
import { seedsOverview } from "../fixtures/seeds-dataset";

const overview = seedsOverview();
const index = indexCompactTimeline(overview.timeline);
const lookup = buildLookup(overview);
// a day on which some actors of the seeds have no position yet
const rows = tableRows(overview, index, lookup, "2019-01-28" as IsoDate);
const order = overview.topic.stances.map((s) => s.id);
const names = (list: Row[]) => list.map((r) => r.actor.name);

describe("tableRows and sortRows", () => {
  it("has rows both with and without a position on the day", () => {
    expect(rows.some((r) => !r.state)).toBe(true);
    expect(rows.filter((r) => r.state).length).toBeGreaterThan(10);
  });

  it.each([1, -1] as const)("puts rows without a position last, in either direction (%i)", (dir) => {
    for (const key of ["stance", "since", "sources"] as SortKey[]) {
      const sorted = sortRows(rows, key, dir);
      const firstWithout = sorted.findIndex((r) => !r.state);
      expect(firstWithout).toBeGreaterThan(0);
      expect(sorted.slice(firstWithout).every((r) => !r.state)).toBe(true);
    }
  });

  it("sorts by stance in the legend's order, reversed on the second click, ties by name", () => {
    const ranks = (list: Row[]) => list.filter((r) => r.state).map((r) => order.indexOf(r.state!.stance));
    const up = sortRows(rows, "stance", 1);
    expect(ranks(up)).toEqual([...ranks(up)].sort((a, b) => a - b));
    expect(ranks(sortRows(rows, "stance", -1))).toEqual([...ranks(up)].sort((a, b) => b - a));
    const first = up.filter((r) => r.state?.stance === up[0].state!.stance);
    expect(names(first)).toEqual([...names(first)].sort((a, b) => a.localeCompare(b)));
  });

  it("sorts by date and by sources", () => {
    const since = sortRows(rows, "since", -1)
      .filter((r) => r.state)
      .map((r) => r.state!.since);
    expect(since).toEqual([...since].sort().reverse());
    const sources = sortRows(rows, "sources", 1)
      .filter((r) => r.state)
      .map((r) => r.state!.sources);
    expect(sources).toEqual([...sources].sort((a, b) => a - b));
  });

  it("sorts by name with every row, A to Z and back", () => {
    const az = names(sortRows(rows, "name", 1));
    expect(az).toEqual([...az].sort((a, b) => a.localeCompare(b)));
    expect(names(sortRows(rows, "name", -1))).toEqual([...az].reverse());
  });
});
