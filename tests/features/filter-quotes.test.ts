import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildLookup } from "../../src/dataset/lookup";
import type { Overview, QuotesPart } from "../../src/dataset/parts";
import type { ActorId, IsoDate, Quote } from "../../src/dataset/schema";
import {
  filterQuotes,
  foldText,
  indexQuotes,
  searchableInSlices,
  type QuoteIndex,
} from "../../src/features/quotes/lib/filter-quotes";

const lookup = buildLookup({
  actors: [
    { id: "RUS", kind: "country", name: "Russia", isoNumeric: "643", members: [] },
    { id: "FRA", kind: "country", name: "France", isoNumeric: "250", members: [] },
  ],
  topic: { stances: [] },
} as unknown as Overview);

const days = ["2019-01-24", "2019-01-28", "2019-02-04", null] as const;
const actors = ["RUS", "FRA", null] as const;
const words = ["dialogue", "Guaidó", "sovereignty", "elections"];
const quotes: Quote[] = Array.from({ length: 60 }, (_, i) => ({
  id: `a${i % 4}:q${i}`,
  text: `On ${words[i % 4]} and ${words[(i * 3) % 4]}`,
  speaker: i % 2 ? "Dmitry Peskov" : "Jean-Yves Le Drian",
  role: null,
  actor: actors[i % 3] as ActorId | null,
  speakerKind: "person",
  article: `a${i % 4}`,
  date: days[i % 4] as IsoDate | null,
  start: 0,
  end: 1,
}));
const part: QuotesPart = {
  quotes,
  articles: [0, 1, 2, 3].map((i) => ({ id: `a${i}`, title: `Article ${i}`, published: null, source: null })),
};
/** The quote list's preparation: in slices (in the worker that reads the quotes), then indexed. */
const prepare = async (p: QuotesPart, signal = new AbortController().signal) =>
  indexQuotes([await searchableInSlices(p, signal)], lookup);
const index = await prepare(part);

/** The rule, written as plainly as possible. */
function naive(date: string, actor: string | null, query: string) {
  const ws = foldText(query).split(/\s+/).filter(Boolean);
  return index.all.filter(({ quote: q, title }) => {
    const text = foldText(
      [q.text, q.speaker, q.role ?? "", q.actor ? lookup.actorName(q.actor) : "", title].join(" "),
    );
    return (!q.date || q.date <= date) && (!actor || q.actor === actor) && ws.every((w) => text.includes(w));
  });
}

describe("searchableInSlices(part, signal), then indexQuotes(quotes, lookup)", () => {
  it("sorts newest first with undated quotes last, and gives each its article's title", () => {
    const dates = index.all.map((q) => q.quote.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    expect(index.all[0].title).toMatch(/^Article \d$/);
  });

  it("gives the same result over many slices, and groups by actor in the same order", async () => {
    const many = Array.from({ length: 4500 }, (_, i) => ({ ...quotes[i % 60], id: `m${i}` }));
    const big = await prepare({ ...part, quotes: many });
    expect(big.all).toHaveLength(4500);
    const dates = big.all.map((q) => q.quote.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    expect(big.byActor.get("RUS" as ActorId)).toEqual(big.all.filter((q) => q.quote.actor === "RUS"));
  });

  it("keeps files that follow each other newest first as they are, and sorts them when they do not", async () => {
    const signal = new AbortController().signal;
    const newer = await searchableInSlices(
      { ...part, quotes: quotes.filter((q) => q.date && q.date >= "2019-01-28") },
      signal,
    );
    const older = await searchableInSlices(
      { ...part, quotes: quotes.filter((q) => !q.date || q.date < "2019-01-28") },
      signal,
    );
    expect(indexQuotes([newer, [], older], lookup).all).toEqual(index.all);
    expect(indexQuotes([older, newer], lookup).all).toEqual(index.all);
    expect(indexQuotes([older, newer], lookup).all).not.toEqual([...older, ...newer]);
  });

  it("stops when aborted", async () => {
    const abort = new AbortController();
    const many = Array.from({ length: 4500 }, (_, i) => ({ ...quotes[i % 60], id: `m${i}` }));
    const pending = searchableInSlices({ ...part, quotes: many }, abort.signal);
    abort.abort();
    await expect(pending).rejects.toThrow();
  });
});

describe("filterQuotes(index, date, actor, query)", () => {
  it("keeps quotes up to the day (and undated ones), of the actor, with every word, as the plain rule does", () => {
    for (const date of ["2019-01-01", "2019-01-24", "2019-01-30", "2019-02-04", "2019-12-31"])
      for (const actor of [null, "RUS", "FRA", "USA"])
        for (const query of ["", "guaido", "GUAIDÓ peskov", "russia dialogue", "nothing-like-this"])
          expect(filterQuotes(index, date as IsoDate, actor as ActorId | null, query)).toEqual(
            naive(date, actor, query),
          );
  });

  it("finds accented words without accents and searches speaker, country and article title", () => {
    expect(filterQuotes(index, "2019-12-31" as IsoDate, null, "guaido").length).toBeGreaterThan(0);
    expect(filterQuotes(index, "2019-12-31" as IsoDate, null, "france le drian").length).toBeGreaterThan(0);
    expect(filterQuotes(index, "2019-12-31" as IsoDate, null, "article 2").length).toBe(15);
  });

  it("gives the plain rule's result through any run of searches, narrowing or not, on the same index", () => {
    const query = fc.array(
      fc.constantFrom("g", "gu", "guaido", "d", "dialogue", "peskov", "article", "2", "an", "o"),
      {
        maxLength: 3,
      },
    );
    const step = fc.record({
      date: fc.constantFrom("2019-01-24", "2019-01-30", "2019-12-31"),
      actor: fc.constantFrom(null, "RUS", "FRA"),
      words: query,
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        for (const { date, actor, words } of steps)
          expect(filterQuotes(index, date as IsoDate, actor as ActorId | null, words.join(" "))).toEqual(
            naive(date, actor, words.join(" ")),
          );
      }),
    );
  });

  it("looks only at the quotes the previous search kept when the new one narrows it", () => {
    const read = new Set<string>();
    const counted = index.all.map((q) => ({
      ...q,
      get haystack() {
        read.add(q.quote.id);
        return q.haystack;
      },
    }));
    const own: QuoteIndex = { ...index, all: counted, byActor: new Map() };
    const day = "2019-12-31" as IsoDate;
    const first = filterQuotes(own, day, null, "di");
    expect(read.size).toBe(60);
    read.clear();
    expect(filterQuotes(own, day, null, "dia peskov")).toHaveLength(naive(day, null, "dia peskov").length);
    expect([...read].sort()).toEqual(first.map((q) => q.quote.id).sort());
    expect(read.size).toBeLessThan(60);
    read.clear();
    filterQuotes(own, day, null, "sovereignty"); // not a narrowing: every quote again
    expect(read.size).toBe(60);
  });
});
