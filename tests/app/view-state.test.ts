import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, parseViewState, serializeViewState, type DayRange } from "../../src/app/view-state";
import type { Dataset, IsoDate } from "../../src/dataset/schema";

// Just the parts of a dataset the URL is checked against.
const dataset = {
  topic: { stances: [{ id: "guaido" }, { id: "maduro" }, { id: "conditional" }, { id: "neutral" }] },
  actors: [{ id: "RUS" }, { id: "FRA" }],
  articles: [{ id: "a1" }, { id: "a2" }],
  quotes: [
    { id: "a1:q1", article: "a1" },
    { id: "a2:q1", article: "a2" },
  ],
} as unknown as Dataset;
const range: DayRange = { first: "2019-01-25" as IsoDate, last: "2019-09-26" as IsoDate };
const parse = (search: string) => parseViewState(search, dataset, range);

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
    expect(parse("?date=2019-13-45&actor=<script>&stance=purple&tab=nope&article=missing&quote=x")).toEqual(
      DEFAULT_VIEW,
    );
    expect(parse("?actor=rus&article=a1&quote=a2%3Aq1")).toMatchObject({
      actor: "RUS",
      article: "a1",
      quote: null,
    });
  });

  it("leaves defaults out of the URL", () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe("");
    expect(serializeViewState({ ...DEFAULT_VIEW, quote: "a1:q1" })).toBe(""); // a quote needs its article
  });
});
