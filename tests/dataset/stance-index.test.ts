import { describe, expect, it } from "vitest";
import { observation } from "../fixtures/observation";
import type { ActorId, IsoDate } from "../../src/dataset/schema";
import { buildStanceIndex } from "../../src/dataset/stance-index";

const obs = observation;
const d = (s: string) => s as IsoDate;
const a = (s: string) => s as ActorId;

describe("buildStanceIndex(observations).stateOn(actor, day)", () => {
  const index = buildStanceIndex([
    obs("BLR", "neutral", "2019-01-25", "x"),
    obs("BLR", "maduro", "2019-01-28", "y"),
    obs("BLR", "maduro", "2019-02-07", "z"),
    obs("FRA", "neutral", "2019-01-26"),
    obs("FRA", "conditional", "2019-01-26"),
    obs("ESP", "guaido", "2019-02-04"),
    obs("ESP", "maduro", "2019-02-04"),
    obs("NOR", "neutral", null),
  ]);

  it("is undefined before the actor's first observation", () => {
    expect(index.stateOn(a("BLR"), d("2019-01-24"))).toBeUndefined();
  });

  it("takes the latest observation on or before the day", () => {
    expect(index.stateOn(a("BLR"), d("2019-01-25"))?.stance).toBe("neutral");
    expect(index.stateOn(a("BLR"), d("2019-01-27"))?.stance).toBe("neutral");
    expect(index.stateOn(a("BLR"), d("2019-01-28"))?.stance).toBe("maduro");
    expect(index.stateOn(a("BLR"), d("2030-01-01"))?.stance).toBe("maduro");
  });

  it("reports since when an unbroken run lasts and how many articles back it", () => {
    expect(index.stateOn(a("BLR"), d("2019-02-10"))).toEqual({
      stance: "maduro",
      since: "2019-01-28",
      lastObserved: "2019-02-07",
      sources: 2,
    });
  });

  it("resolves observations of one day by priority: conditional over neutral", () => {
    expect(index.stateOn(a("FRA"), d("2019-01-26"))?.stance).toBe("conditional");
  });

  it("resolves a guaido/maduro tie on one day to the one observed first", () => {
    expect(index.stateOn(a("ESP"), d("2019-02-04"))?.stance).toBe("guaido");
  });

  it("keeps undated observations off the timeline", () => {
    expect(index.actors).not.toContain("NOR");
    expect(index.stateOn(a("NOR"), d("2030-01-01"))).toBeUndefined();
  });

  it("lists change days and the first and last dated day", () => {
    expect(index.changeDays).toEqual(["2019-01-25", "2019-01-26", "2019-01-28", "2019-02-04"]);
    expect(index.firstDay).toBe("2019-01-25");
    expect(index.lastDay).toBe("2019-02-07");
  });

  it("statesOn(day) gives every actor with a stance that day", () => {
    expect([...index.statesOn(d("2019-01-26")).keys()]).toEqual(["BLR", "FRA"]);
  });

  it("history(actor) gives each observed day with its run's start, the same on a second call", () => {
    expect(index.history(a("BLR"))).toEqual([
      { date: "2019-01-25", stance: "neutral", since: "2019-01-25", lastObserved: "2019-01-25", sources: 1 },
      { date: "2019-01-28", stance: "maduro", since: "2019-01-28", lastObserved: "2019-01-28", sources: 1 },
      { date: "2019-02-07", stance: "maduro", since: "2019-01-28", lastObserved: "2019-02-07", sources: 2 },
    ]);
    expect(index.history(a("BLR"))).toBe(index.history(a("BLR")));
    expect(index.history(a("NOR"))).toEqual([]);
  });
});

describe("buildStanceIndex([])", () => {
  it("has no days and no actors", () => {
    const empty = buildStanceIndex([]);
    expect(empty.firstDay).toBeUndefined();
    expect(empty.changeDays).toEqual([]);
    expect(empty.statesOn(d("2019-01-01")).size).toBe(0);
  });
});
