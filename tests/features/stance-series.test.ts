import { describe, expect, it } from "vitest";
import { observation } from "../fixtures/observation";
import type { Overview } from "../../src/dataset/parts";
import type { Observation, StanceId } from "../../src/dataset/schema";
import { buildStanceIndex } from "../../src/dataset/stance-index";
import { stanceSeries, thinSteps } from "../../src/features/chart/lib/stance-series";

const obs = observation;
const country = (id: string) => ({ id, kind: "country", name: id, isoNumeric: "001", members: [] });
const overview = {
  topic: { subject: "VEN" },
  actors: [...["BLR", "FRA", "USA", "VEN", "RUS", "CHN"].map(country), { id: "EU", kind: "organization" }],
} as unknown as Overview;

describe("stanceSeries(overview, index)", () => {
  it("counts countries per stance on each change day, as the stance on that day says", () => {
    const stances: StanceId[] = ["guaido", "maduro", "conditional", "neutral"];
    const list: Observation[] = [];
    const days = ["2019-01-23", "2019-01-24", "2019-01-26", "2019-01-28", "2019-02-04", "2019-03-01"];
    // a pseudo-random history for five countries, the subject and an organisation
    ["BLR", "FRA", "USA", "VEN", "RUS", "EU"].forEach((actor, i) =>
      days.forEach((day, j) => {
        if ((i + j) % 3 !== 0) list.push(obs(actor, stances[(i * 7 + j * 3) % 4], day));
      }),
    );
    const index = buildStanceIndex(list);
    const series = stanceSeries(overview, index);
    expect(series.map((p) => p.date)).toEqual(
      index.lastDay === index.changeDays.at(-1) ? index.changeDays : [...index.changeDays, index.lastDay],
    );
    for (const point of series) {
      const plain: Record<StanceId, number> = { guaido: 0, maduro: 0, conditional: 0, neutral: 0 };
      for (const [actor, s] of index.statesOn(point.date))
        if (!["VEN", "EU"].includes(actor)) plain[s.stance] += 1; // the subject and organisations are not counted
      expect(point).toEqual({ date: point.date, ...plain });
    }
  });
});

describe("thinSteps(points, max)", () => {
  const points = Array.from({ length: 730 }, (_, i) => i);

  it("keeps the first and last points and at most max, in order, each at most one run after the last", () => {
    for (const max of [2, 3, 10, 206, 640, 729]) {
      const thin = thinSteps(points, max);
      expect(thin.length).toBe(max);
      expect(thin[0]).toBe(0);
      expect(thin.at(-1)).toBe(729);
      const run = Math.ceil(729 / (max - 1));
      thin.slice(1).forEach((p, i) => {
        expect(p).toBeGreaterThan(thin[i]);
        expect(p - thin[i]).toBeLessThanOrEqual(run);
      });
    }
  });

  it("returns a series no longer than max whole, as a new array", () => {
    expect(thinSteps(points, 730)).toEqual(points);
    expect(thinSteps(points, 1000)).not.toBe(points);
    expect(thinSteps([], 10)).toEqual([]);
  });
});
