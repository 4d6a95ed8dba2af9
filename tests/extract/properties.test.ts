import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatasetSchema } from "../../src/dataset/schema";
import { TOPIC, extractCorpus } from "../../src/extract/extract-corpus";
import { extractArticle } from "../../src/extract/extract-article";
import { serializeDataset } from "../../src/extract/serialize-dataset";

const SEEDS = resolve(__dirname, "../../seeds");
const seedTexts = readdirSync(SEEDS)
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), "utf8"));

/** Words and marks that steer the pipeline's branches: datelines, cues, quotes, groups, dates. */
const NEWSY = [
  "MOSCOW, January 28. /TASS/.",
  "BRUSSELS, Feb 4 (Reuters) -",
  "---\npublished: 2019-02-04\n---\n",
  "Russia",
  "the Kremlin",
  "Lima Group members except Mexico",
  "most of the EU member states",
  "recognized Guaido",
  "voiced support for Maduro",
  "unless",
  "called for dialogue",
  "on Monday",
  "last week",
  "on January 26",
  '"',
  "\u201c",
  "\u201d",
  "he added.",
  "Kremlin Spokesman Dmitry Peskov said",
  "\n\n",
  ". ",
  "(",
  ")",
  "\u0000",
  "\ud800",
  "é",
  "🇻🇪",
];

/** Random text built from news fragments and arbitrary strings. */
const newsText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...NEWSY),
      fc.string({ maxLength: 20 }),
      fc.string({ unit: "binary", maxLength: 8 }),
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(" "));

/** A seed article with random slices cut out, duplicated or replaced. */
const mutatedSeed = fc
  .tuple(
    fc.constantFrom(...seedTexts),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat({ max: 400 }),
        fc.oneof(fc.constant(""), fc.constantFrom(...NEWSY), fc.string()),
      ),
      {
        minLength: 1,
        maxLength: 8,
      },
    ),
  )
  .map(([text, edits]) =>
    edits.reduce((t, [at, len, insert]) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + insert + t.slice(i + len);
    }, text),
  );

const anyArticle = fc.oneof(newsText, mutatedSeed);

// Hundreds of whole extractions each: about 1–2.5 s alone, over 5 s (vitest's default limit) when the machine is
// busy. The limit guards against a hang, not speed (timings belong to the benchmark).
describe("the pipeline on random and mutated text", { timeout: 30_000 }, () => {
  it("extractArticle never throws, and every offset points at its text", () => {
    fc.assert(
      fc.property(anyArticle, (text) => {
        const r = extractArticle({ file: "x.txt", text }, TOPIC);
        for (const o of r.observations) expect(r.article.text.slice(o.start, o.end)).toBe(o.sentence);
        for (const q of r.quotes) expect(r.article.text.slice(q.start, q.end)).toBe(q.text);
      }),
      { numRuns: 300 },
    );
  });

  it("extractCorpus gives a schema-valid dataset, the same bytes every time, and drops no article", () => {
    fc.assert(
      fc.property(fc.array(anyArticle, { minLength: 1, maxLength: 4 }), (texts) => {
        const inputs = texts.map((text, i) => ({ file: `a${i}.txt`, text }));
        const first = extractCorpus(inputs, []);
        expect(DatasetSchema.safeParse(first).success).toBe(true);
        expect(first.articles).toHaveLength(inputs.length);
        expect(first.warnings).toEqual([]);
        const again = extractCorpus([...inputs].reverse(), []);
        expect(serializeDataset(again)).toBe(serializeDataset(first));
      }),
      { numRuns: 100 },
    );
  });
});
