import { describe, expect, it } from "vitest";
import { observation } from "../fixtures/observation";
import type { IsoDate } from "../../src/dataset/schema";
import { buildStanceIndex } from "../../src/dataset/stance-index";
import { changesOn } from "../../src/features/timeline/lib/changes-on";

const obs = observation;

describe("changesOn(index, day)", () => {
  const index = buildStanceIndex([
    obs("BLR", "neutral", "2019-01-25"),
    obs("BLR", "maduro", "2019-01-28"),
    obs("BLR", "maduro", "2019-02-07"),
    obs("FRA", "conditional", "2019-01-26"),
    obs("FRA", "guaido", "2019-02-04"),
    obs("USA", "guaido", "2019-01-23"),
    obs("USA", "guaido", "2019-01-28"),
  ]);
  const day = (s: string) => s as IsoDate;

  it("lists first reports and changes of that day, in id order", () => {
    expect(changesOn(index, day("2019-01-28"))).toEqual([{ actor: "BLR", from: "neutral", to: "maduro" }]);
    expect(changesOn(index, day("2019-01-25"))).toEqual([{ actor: "BLR", from: null, to: "neutral" }]);
    expect(changesOn(index, day("2019-02-04"))).toEqual([
      { actor: "FRA", from: "conditional", to: "guaido" },
    ]);
  });

  it("does not list a repeated stance or a day without observations", () => {
    expect(changesOn(index, day("2019-02-07"))).toEqual([]); // BLR again maduro
    expect(changesOn(index, day("2019-01-27"))).toEqual([]);
  });

  it("gives one entry per change day of the index", () => {
    for (const d of index.changeDays) expect(changesOn(index, d).length).toBeGreaterThan(0);
  });
});
