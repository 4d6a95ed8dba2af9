import { describe, expect, it } from "vitest";
import {
  ActorPartSchema,
  ArticlePartSchema,
  compareNewestFirst,
  OverviewSchema,
  partName,
  partPath,
  QuotesPartSchema,
  QUOTES_PER_PART,
  splitDataset,
  type ActorPart,
  type ArticlePart,
  type Overview,
  type QuotesPart,
} from "../../src/dataset/parts";
import type { ActorId, IsoDate, StanceId } from "../../src/dataset/schema";
import {
  buildStanceIndex,
  encodeTimeline,
  indexCompactTimeline,
  type TimelineStep,
} from "../../src/dataset/stance-index";
import { seedsDataset } from "../fixtures/seeds-dataset";

const dataset = seedsDataset();
const parts = splitDataset(dataset);
const overview = parts.get(partPath.overview) as Overview;

describe("splitDataset(dataset)", () => {
  it("gives parts that each match their schema", () => {
    expect(OverviewSchema.safeParse(overview).success).toBe(true);
    expect(QuotesPartSchema.safeParse(parts.get(partPath.quotes(0))).success).toBe(true);
    for (const a of dataset.actors)
      expect(ActorPartSchema.safeParse(parts.get(partPath.actor(a.id))).success).toBe(true);
    for (const a of dataset.articles)
      expect(ArticlePartSchema.safeParse(parts.get(partPath.article(a.id))).success).toBe(true);
    expect(overview.quoteParts).toBe(1);
    expect(parts.size).toBe(2 + dataset.actors.length + dataset.articles.length);
  });

  it("keeps the stance on every day: the overview's timeline indexes as the observations do", () => {
    const fromObservations = buildStanceIndex(dataset.observations);
    const fromOverview = indexCompactTimeline(overview.timeline);
    expect(fromOverview.changeDays).toEqual(fromObservations.changeDays);
    expect(fromOverview.actors).toEqual(fromObservations.actors);
    for (const day of fromObservations.changeDays)
      expect(fromOverview.statesOn(day)).toEqual(fromObservations.statesOn(day));
  });

  it("loses nothing: every observation is in its actor's and its article's part, every quote in quotes.json", () => {
    const fromActors = dataset.actors.flatMap(
      (a) => (parts.get(partPath.actor(a.id)) as ActorPart).observations,
    );
    const fromArticles = dataset.articles.flatMap(
      (a) => (parts.get(partPath.article(a.id)) as ArticlePart).observations,
    );
    const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
    expect([...fromActors].sort(byId)).toEqual([...dataset.observations].sort(byId));
    expect([...fromArticles].sort(byId)).toEqual([...dataset.observations].sort(byId));
    const quotes = (parts.get(partPath.quotes(0)) as QuotesPart).quotes;
    expect([...quotes].sort(byId)).toEqual([...dataset.quotes].sort(byId));
    expect(quotes).toEqual([...quotes].sort(compareNewestFirst)); // newest first, as the quote list shows them
    expect(overview.counts).toEqual({
      articles: dataset.articles.length,
      observations: dataset.observations.length,
      quotes: dataset.quotes.length,
    });
  });

  it("lists with an actor's part the articles its evidence comes from", () => {
    const part = parts.get(partPath.actor("RUS" as ActorId)) as ActorPart;
    expect(part.observations.length).toBeGreaterThan(0);
    const listed = new Set(part.articles.map((a) => a.id));
    expect([...listed].sort()).toEqual([...new Set(part.observations.map((o) => o.article))].sort());
  });
});

describe("splitDataset on many quotes", () => {
  it("spreads them over files of QUOTES_PER_PART, newest first across files, each with its articles' titles", () => {
    const many = Array.from({ length: QUOTES_PER_PART * 2 + 7 }, (_, i) => {
      const q = dataset.quotes[i % dataset.quotes.length];
      return { ...q, id: `${q.id}#${i}` };
    });
    const split = splitDataset({ ...dataset, quotes: many });
    const files = [0, 1, 2].map((n) => split.get(partPath.quotes(n)) as QuotesPart);
    expect((split.get(partPath.overview) as Overview).quoteParts).toBe(3);
    expect(split.get(partPath.quotes(3))).toBeUndefined();
    expect(files.map((f) => f.quotes.length)).toEqual([QUOTES_PER_PART, QUOTES_PER_PART, 7]);
    const all = files.flatMap((f) => f.quotes);
    expect(all).toEqual([...many].sort(compareNewestFirst));
    for (const f of files) {
      const listed = new Set(f.articles.map((a) => a.id));
      expect(f.quotes.every((q) => listed.has(q.article))).toBe(true);
    }
  });
});

describe("encodeTimeline / indexCompactTimeline", () => {
  it("give back the same steps, across month and year ends and long gaps", () => {
    const steps = (days: string[], stances: StanceId[]) =>
      days.map((d, i) => [d as IsoDate, stances[i % stances.length], i + 1] as TimelineStep);
    const timeline = {
      BLR: steps(
        ["2019-01-25", "2019-01-28", "2019-02-07", "2019-12-31", "2020-01-01", "2020-03-01"],
        ["neutral", "maduro", "guaido", "conditional"],
      ),
      FRA: steps(["2019-01-26"], ["conditional"]),
    } as Record<ActorId, TimelineStep[]>;
    const compact = encodeTimeline(timeline);
    expect(compact["BLR" as ActorId]).toEqual({
      start: "2019-01-25",
      days: [0, 3, 10, 327, 1, 60],
      stances: "nmgcnm",
      sources: [1, 2, 3, 4, 5, 6],
    });
    const index = indexCompactTimeline(compact);
    for (const [actor, steps] of Object.entries(timeline))
      expect(index.history(actor as ActorId).map((s) => [s.date, s.stance, s.sources])).toEqual(steps);
  });

  it("reject lists of different lengths and unknown stance letters in the overview", () => {
    const bad = { start: "2019-01-25", days: [0, 1], stances: "n", sources: [1, 1] };
    expect(OverviewSchema.safeParse({ ...overview, timeline: { BLR: bad } }).success).toBe(false);
    const letter = { start: "2019-01-25", days: [0], stances: "x", sources: [1] };
    expect(OverviewSchema.safeParse({ ...overview, timeline: { BLR: letter } }).success).toBe(false);
  });

  it("reject days and source counts that are not whole numbers in range, naming the list", () => {
    const ok = { start: "2019-01-25", days: [0, 3], stances: "nm", sources: [1, 2] };
    expect(OverviewSchema.safeParse({ ...overview, timeline: { BLR: ok } }).success).toBe(true);
    for (const wrong of [
      { days: [0, -1] },
      { days: [0, 1.5] },
      { days: [0, "3"] },
      { days: "0,3" },
      { sources: [1, 0] },
      { sources: [1, null] },
    ]) {
      const result = OverviewSchema.safeParse({ ...overview, timeline: { BLR: { ...ok, ...wrong } } });
      expect(result.success, JSON.stringify(wrong)).toBe(false);
      const field = Object.keys(wrong)[0];
      expect(result.error?.issues[0].path).toEqual(["timeline", "BLR", field]);
      expect(result.error?.issues[0].message).toMatch(/whole numbers/);
    }
  });
});

describe("partName(id)", () => {
  it("keeps plain ids and escapes everything else, so names are URL- and file-safe", () => {
    expect(partName("000_7d23326bbc1211cd")).toBe("000_7d23326bbc1211cd");
    expect(partName("good one")).toBe("good~20~one");
    expect(partName("ñandú/..?#")).toMatch(/^[A-Za-z0-9._~-]+$/);
  });

  it("never gives two ids the same name", () => {
    const ids = ["a b", "a~20~b", "a_b", "a~b", "~", "~7e~", "é", "e\u0301", "A", "a"];
    expect(new Set(ids.map(partName)).size).toBe(ids.length);
  });
});
