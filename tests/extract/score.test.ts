import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreDataset, type Gold, type Scorable } from "../../src/extract/score";

const load = (name: string) =>
  JSON.parse(readFileSync(resolve(__dirname, "../fixtures/score", name), "utf8"));

describe("scoreDataset(dataset, gold)", () => {
  // A small case that exercises every rule. The expected figures are what the evaluation kit's reference
  // scorer (shared/eval/score.mjs) printed for these two files.
  const score = scoreDataset(load("dataset.json") as Scorable, load("gold.json") as Gold);

  it("counts article stances: conflicts, misses, extra countries and organisations; soft and subject ignored", () => {
    expect(score).toMatchObject({ tp: 3, fp: 3, fn: 2, orgFalsePositives: 1 });
    expect(score.precision).toBeCloseTo(0.5);
    expect(score.recall).toBeCloseTo(0.6);
    expect(score.f1).toBeCloseTo(0.5454545);
  });

  it("fires traps for a forbidden actor and for a media quote given to a country", () => {
    expect(score.traps).toEqual([
      "a: IRQ must have no stance, got neutral",
      "a: quote of Bloomberg attributed to country RUS",
    ]);
  });

  it("checks stated dates, publication dates and quotes", () => {
    expect(score).toMatchObject({ datedEvents: 0, datedChecked: 1, published: 0.5 });
    expect(score).toMatchObject({ quoteRecall: 1, quoteSpeaker: 1, quoteActor: 0.5, quotesChecked: 2 });
    expect(score.errors).toContain("a: FRA conditional should be dated 2019-01-26");
    expect(score.errors).toContain("b: published 2019-02-01 (gold null)");
  });
});
