import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ActorPartSchema,
  ArticlePartSchema,
  OverviewSchema,
  partName,
  partPath,
  QuotesPartSchema,
  splitDataset,
  type ActorPart,
  type ArticlePart,
  type Overview,
  type QuotesPart,
} from "../../src/dataset/parts";
import type { ActorId } from "../../src/dataset/schema";
import { buildStanceIndex, indexTimeline } from "../../src/dataset/stance-index";
import { extractCorpus } from "../../src/extract/extract-corpus";

const SEEDS = resolve(__dirname, "../../seeds");
const dataset = extractCorpus(
  readdirSync(SEEDS)
    .sort()
    .map((file) => ({ file, text: readFileSync(join(SEEDS, file), "utf8") })),
  [],
);
const parts = splitDataset(dataset);
const overview = parts.get(partPath.overview) as Overview;

describe("splitDataset(dataset)", () => {
  it("gives parts that each match their schema", () => {
    expect(OverviewSchema.safeParse(overview).success).toBe(true);
    expect(QuotesPartSchema.safeParse(parts.get(partPath.quotes)).success).toBe(true);
    for (const a of dataset.actors)
      expect(ActorPartSchema.safeParse(parts.get(partPath.actor(a.id))).success).toBe(true);
    for (const a of dataset.articles)
      expect(ArticlePartSchema.safeParse(parts.get(partPath.article(a.id))).success).toBe(true);
    expect(parts.size).toBe(2 + dataset.actors.length + dataset.articles.length);
  });

  it("keeps the stance on every day: the overview's timeline indexes as the observations do", () => {
    const fromObservations = buildStanceIndex(dataset.observations);
    const fromOverview = indexTimeline(overview.timeline);
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
    expect((parts.get(partPath.quotes) as QuotesPart).quotes).toEqual(dataset.quotes);
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
    for (const x of [...part.observations, ...part.quotes]) expect(listed.has(x.article)).toBe(true);
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
