import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article";
import { TOPIC } from "../../src/extract/extract-corpus";

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/extract/${name}`, import.meta.url), "utf8");

describe("extractArticle(input, topic) on a Reuters-style story of its own", () => {
  const r = extractArticle({ file: "reuters-style.txt", text: fixture("reuters-style.txt") }, TOPIC);
  const stances = Object.fromEntries(
    [...new Set(r.observations.map((o) => o.actor))].map((a) => [
      a,
      [...new Set(r.observations.filter((o) => o.actor === a).map((o) => `${o.stance}@${o.date}`))]
        .sort()
        .join(","),
    ]),
  );

  it("reads headline, dateline, agency and a year from the weekday 'on Tuesday'", () => {
    expect(r.article.title).toBe("Norway backs opposition leader as Portugal sets a deadline");
    expect(r.article.dateline).toBe("OSLO");
    expect(r.article.source).toBe("Reuters");
    expect(r.article.published).toBe("2019-03-06");
  });

  it("dates a stance by the weekday stated ('on Tuesday' in a Wednesday story) and others by publication", () => {
    expect(stances.NOR).toContain("guaido@2019-03-05");
    expect(stances.PRT).toBe("conditional@2019-03-06");
    expect(stances.URY).toBe("neutral@2019-03-06");
  });

  it("gives support for Maduro's government to every country of an enumeration", () => {
    expect(stances.GRC).toBe("maduro@2019-03-06");
    expect(stances.CYP).toBe("maduro@2019-03-06");
  });

  it("gives no stance to venues (Oslo, Brussels, Madrid)", () => {
    expect(stances.ESP).toBeUndefined();
    expect(stances.BEL).toBeUndefined();
    expect(stances.EU).toBeUndefined();
  });

  it("attributes quotes, including 'she added', to the minister and her country", () => {
    expect(r.quotes.map((q) => [q.text, q.speaker, q.actor])).toEqual([
      ["We believe the people of Venezuela deserve free elections,", "Ine Eriksen Soreide", "NOR"],
      ["There is no other way,", "Ine Eriksen Soreide", "NOR"],
    ]);
  });

  it("keeps every offset pointing at its sentence in the cleaned text", () => {
    for (const o of r.observations) expect(r.article.text.slice(o.start, o.end)).toBe(o.sentence);
    for (const q of r.quotes) expect(r.article.text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe("extractArticle(input, topic) on an explainer's lists", () => {
  const text = [
    "Who backs whom",
    "February 6, 2019",
    "Recognise Guaido:\n- United States, Canada\n- Spain and France",
    "Support Maduro:\nRussia, China and Cuba",
    "Neutral or calling for talks:\n• Mexico, Uruguay",
    "Guaido's backers held a rally in Madrid.",
  ].join("\n\n");
  const r = extractArticle({ file: "explainer.txt", text }, TOPIC);
  const pairs = r.observations.map((o) => `${o.actor}:${o.stance}`).sort();

  it("gives each line under a heading the heading's stance, and nothing past the list", () => {
    expect(pairs).toEqual(
      [
        "USA:guaido",
        "CAN:guaido",
        "ESP:guaido",
        "FRA:guaido",
        "RUS:maduro",
        "CHN:maduro",
        "CUB:maduro",
        "MEX:neutral",
        "URY:neutral",
      ].sort(),
    );
  });

  it("cites the heading and the lines down to the item as the evidence", () => {
    const spain = r.observations.find((o) => o.actor === "ESP")!;
    expect(spain.sentence).toMatch(/^Recognise Guaido:\s+- United States, Canada\s+- Spain and France$/);
    for (const o of r.observations) expect(r.article.text.slice(o.start, o.end)).toBe(o.sentence);
  });
});

describe("extractArticle with typographic apostrophes", () => {
  const story = (apostrophe: string) =>
    `Paris moves on Venezuela\n\nPARIS, February 4 (Reuters) - The Quai d${apostrophe}Orsay called for talks. Bolsonaro vowed to help Juan Guaido, whom Brasilia recognizes as the country${apostrophe}s legitimate president.\n\nItaly doesn${apostrophe}t recognise Guaido. "We don${apostrophe}t accept ultimatums," Maduro said.`;
  const read = (apostrophe: string) => extractArticle({ file: "x.txt", text: story(apostrophe) }, TOPIC);

  it("reads ’ inside a word as ' and shows the words as printed", () => {
    const [plain, curly] = [read("'"), read("’")];
    const stances = (r: typeof plain) => r.observations.map((o) => `${o.actor}:${o.stance}`).sort();
    expect(stances(curly)).toEqual(stances(plain));
    expect(stances(curly)).toEqual(["BRA:guaido", "FRA:neutral", "ITA:neutral"]);
    expect(curly.observations.find((o) => o.actor === "ITA")?.sentence).toBe(
      "Italy doesn’t recognise Guaido.",
    );
    expect(curly.quotes.map((q) => q.text)).toEqual(["We don’t accept ultimatums,"]);
    expect(curly.article.text).toContain("the country’s legitimate president");
  });
});

describe("extractArticle(input, topic) across paragraphs", () => {
  it("does not read a number ending one paragraph as a count of the group opening the next", () => {
    const r = extractArticle(
      {
        file: "x.txt",
        text: "Venezuela news 1\n\nVILNIUS, Feb 4, 2019 - The Baltic states recognised Guaido.",
      },
      TOPIC,
    );
    expect(r.observations.map((o) => `${o.actor}:${o.stance}`)).toEqual([
      "EST:guaido",
      "LVA:guaido",
      "LTU:guaido",
    ]);
    // within a sentence a count still names no one: "Two Baltic states" are some members, unnamed
    const counted = extractArticle(
      { file: "y.txt", text: "Title\n\nVILNIUS, Feb 4, 2019 - Two Baltic states recognised Guaido." },
      TOPIC,
    );
    expect(counted.observations).toEqual([]);
  });
});

describe("extractArticle: an encyclopaedia's entry under a line that is only its state's name", () => {
  const observed = (text: string) =>
    extractArticle({ file: "entries.txt", text }, TOPIC).observations.map(
      (o) => `${o.actor}:${o.stance}:${o.date}`,
    );
  it("reads 'Its foreign ministry …' as the state's, and 'It took …' as no one's", () => {
    const text =
      "World reactions\n\nLast updated 28 February 2019\n\nBrazil\n\nIts foreign ministry recognised Guaidó on 23 January.\n\nSpain\n\nIt took weeks of talks.";
    expect(observed(text)).toEqual(["BRA:guaido:2019-01-23"]);
  });
});
