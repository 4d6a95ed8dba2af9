import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, parseViewState, serializeViewState, type DayRange } from "../../src/app/view-state";
import type { Overview } from "../../src/dataset/parts";
import type { IsoDate } from "../../src/dataset/schema";

// Just the parts of the overview the URL is checked against.
const overview = {
  topic: { stances: [{ id: "guaido" }, { id: "maduro" }, { id: "conditional" }, { id: "neutral" }] },
  actors: [{ id: "RUS" }, { id: "FRA" }],
} as unknown as Overview;
const range: DayRange = { first: "2019-01-25" as IsoDate, last: "2019-09-26" as IsoDate };
const parse = (search: string) => parseViewState(search, overview, range);

describe("parseViewState / serializeViewState", () => {
  it("round-trips a full view", () => {
    const search = "?date=2019-02-05&actor=FRA&stance=guaido&tab=table&q=peskov&article=a1&quote=a1%3Aq1";
    const view = parse(search);
    expect(view).toEqual({
      date: "2019-02-05",
      actor: "FRA",
      stance: "guaido",
      tab: "table",
      q: "peskov",
      article: "a1",
      quote: "a1:q1",
    });
    expect(serializeViewState(view)).toBe(search);
  });

  it("reads earliest and latest, and clamps dates outside the data", () => {
    expect(parse("?date=earliest").date).toBe("2019-01-25");
    expect(parse("?date=latest").date).toBeNull(); // null is the latest day
    expect(parse("?date=2018-05-01").date).toBe("2019-01-25");
    expect(parse("?date=2020-05-01").date).toBe("2019-09-26");
  });

  it("drops malformed and unknown values, keeping the rest", () => {
    expect(parse("?date=2019-13-45&actor=<script>&stance=purple&tab=nope")).toEqual(DEFAULT_VIEW);
    expect(parse("?actor=rus&stance=maduro")).toMatchObject({ actor: "RUS", stance: "maduro" });
  });

  it("keeps an article and its quote as given (the article view checks them), but no quote without an article", () => {
    expect(parse("?article=a1&quote=a1%3Aq1")).toMatchObject({ article: "a1", quote: "a1:q1" });
    expect(parse("?quote=a1%3Aq1")).toMatchObject({ article: null, quote: null });
    expect(parse("?article=&quote=x")).toMatchObject({ article: null, quote: null });
  });

  it("leaves defaults out of the URL", () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe("");
    expect(serializeViewState({ ...DEFAULT_VIEW, quote: "a1:q1" })).toBe(""); // a quote needs its article
  });
});
