import { describe, expect, it } from "vitest";
import { TOPIC } from "../../src/extract/extract-corpus";
import { parseArticle } from "../../src/extract/parse-article";
import { resolvePublished } from "../../src/extract/resolve-published";

const published = (raw: string) => resolvePublished(parseArticle(raw), TOPIC.window);

describe("parseArticle(raw)", () => {
  it.each([
    "First published on Thu 24 Jan 2019 18.43 GMT",
    "Last modified on Thu 24 Jan 2019 09.10 GMT",
    "Published 24 January 2019, modified 25 January 2019",
    "Jan 24, 2019 / 10:52 PM / Updated 6 years ago",
    "Published time: 24 Jan, 2019 14:22",
    "Updated: January 24, 2019, 3:45 PM EST",
    "Created: 24.01.2019",
    "By Jane Doe, Reuters • January 24, 2019",
    "Volume 654: debated on Thursday 24 January 2019",
    "Statement issued on 24 January 2019",
    "Briefing note, 24 January 2019",
    "Press release – 24 Jan 2019",
    "Published on 24/01/2019 - 18:40 By Agência Brasil, Brasília",
  ])("reads the date line %s", (line) => {
    const p = parseArticle(`Headline here\n\n${line}\n\nSpain recognised Guaido on Monday.`);
    expect(p.printedDate).toMatchObject({ year: 2019, month: 1, day: 24 });
  });

  it("keeps a table's rows apart, its columns set apart by spaces read as cells, and a row with a year as text", () => {
    const table =
      "Country        Position             Since\nUnited States   Recognises Guaido   23 Jan 2019\nRussia         Supports Maduro      23 Jan 2019";
    const p = parseArticle(`Headline here\n\nBriefing note, 20 February 2019\n\n${table}`);
    expect(p.text).toBe(
      "Headline here\n\n| Country | Position | Since |\n\n| United States | Recognises Guaido | 23 Jan 2019 |\n\n| Russia | Supports Maduro | 23 Jan 2019 |",
    );
    expect(p.printedDate).toMatchObject({ year: 2019, month: 2, day: 20 });
  });

  it("mends a word a hyphen broke at a line's end, keeps a prefix's hyphen, and drops a page's running header", () => {
    const p = parseArticle(
      "Headline here\n\nREPORT   Page 1 of 2\n\nOn 4 February the UK and Spain recog-\nnised Guaido after Mad-\nuro failed to call elections within eight-\nday limits set by pro-\nGuaido and self-\nstyled mediators.",
    );
    expect(p.text).toBe(
      "Headline here\n\nOn 4 February the UK and Spain recognised Guaido after Maduro failed to call elections within eight-day limits set by pro-Guaido and self-styled mediators.",
    );
  });

  it("reads a date in figures day first, unless the line keeps US time", () => {
    const date = (line: string) =>
      parseArticle(`Headline here\n\n${line}\n\nSpain recognised Guaido on Monday.`).printedDate;
    expect(date("Issued on: 04/02/2019 - 10:33")).toMatchObject({ month: 2, day: 4 });
    expect(date("Updated: 02/04/2019 10:33 AM EST")).toMatchObject({ month: 2, day: 4 });
    expect(date("Updated: 04/02/2019 10:33 GMT")).toMatchObject({ month: 2, day: 4 });
  });

  it("joins a line that goes on in lower case to the one before it stopped mid-sentence, and no other", () => {
    const p = parseArticle(
      "Russia backs Maduro\n\nRussia on Monday reaffirmed its\nsupport for Maduro.\nSpain recognised Guaido.\nbut not Italy",
    );
    expect(p.text.split("\n\n").slice(-3)).toEqual([
      "Russia on Monday reaffirmed its support for Maduro.",
      "Spain recognised Guaido.",
      "but not Italy",
    ]);
  });

  it("reads a date line of 2019/02/04, but not a lead sentence that opens with a date", () => {
    expect(
      parseArticle("Spain recognises Guaido\n\n2019/02/04\n\nSpain recognised Guaido on Monday.\n")
        .printedDate,
    ).toMatchObject({
      year: 2019,
      month: 2,
      day: 4,
    });
    // the story's first sentence, not a date line: the article's own date is unknown
    expect(
      parseArticle("Spain recognises Guaido\n\nOn Monday, February 4, 2019, Spain recognised Guaido.\n")
        .printedDate,
    ).toBeNull();
  });
  it.each([
    ["Brasília, 24/01/2019 - Colombia said.", "BRASÍLIA", { year: 2019, month: 1, day: 24 }],
    ["Havana, January 24, 2019. Colombia said.", "HAVANA", { year: 2019, month: 1, day: 24 }],
    ["Moscow, 24 January. Colombia said.", "MOSCOW", { year: null, month: 1, day: 24 }],
    [
      "Montevideo, January 24th 2019 (MercoPress) - Colombia said.",
      "MONTEVIDEO",
      { year: 2019, month: 1, day: 24 },
    ],
  ])("reads a place-and-date dateline: %s", (lead, dateline, date) => {
    const p = parseArticle(`Headline here\n\n${lead}`);
    expect(p).toMatchObject({ dateline, printedDate: date });
    expect(p.text).toBe("Headline here\n\nColombia said.");
  });

  it("reads a TASS dateline and drops it from the text", () => {
    const p = parseArticle("Headline here\n\nLIMA, March 3. /TASS/. Peru said something.");
    expect(p).toMatchObject({ headline: "Headline here", dateline: "LIMA", source: "TASS" });
    expect(p.printedDate).toMatchObject({ year: null, month: 3, day: 3 });
    expect(p.text).toBe("Headline here\n\nPeru said something.");
  });

  it("reads a Reuters dateline with the agency in brackets", () => {
    const p = parseArticle("Title\n\nBRUSSELS, Feb 4 (Reuters) - The EU said.");
    expect(p).toMatchObject({ dateline: "BRUSSELS", source: "Reuters", printedDate: { month: 2, day: 4 } });
    expect(p.text.endsWith("The EU said.")).toBe(true);
  });

  it.each([
    ["CARACAS, Venezuela (AP) — February 4, 2019 — A string of nations said.", "CARACAS", "AP", 2019, 2, 4],
    ["BOGOTA (Reuters) - Feb 25, 2019. The Lima Group said.", "BOGOTA", "Reuters", 2019, 2, 25],
    ["PARIS (AFP) - Jan. 26 - France said.", "PARIS", "AFP", null, 1, 26],
  ])(
    "reads a bracket dateline with the date after the agency: %s",
    (lead, place, agency, year, month, day) => {
      const p = parseArticle(`Title\n\n${lead}`);
      expect(p).toMatchObject({ dateline: place, source: agency, printedDate: { year, month, day } });
      expect(p.text).toMatch(/\n\n(A string|The Lima|France)/);
    },
  );

  it.each([
    ["BOGOTÁ, Colombia (AP) — Colombia's president spoke.", "BOGOTÁ", "AP"],
    ["WASHINGTON — President Trump spoke.", "WASHINGTON", null],
    ["MOSCOW -- The Kremlin said.", "MOSCOW", null],
  ])("reads a dateline of a place in capitals: %s", (lead, place, agency) => {
    const p = parseArticle(`Title\n\n${lead}`);
    expect(p).toMatchObject({ dateline: place, source: agency });
    expect(p.text).not.toMatch(/^.*(BOGOTÁ|WASHINGTON|MOSCOW)/m);
  });

  it.each([
    ["Moscow. January 24. INTERFAX - Colombia said.", "MOSCOW", "INTERFAX", null, 1, 24],
    ["Brasilia, January 24 (Agência Brasil) - Colombia said.", "BRASILIA", "Agência Brasil", null, 1, 24],
    ["MOSCOW, January 24 /Sputnik/ - Colombia said.", "MOSCOW", "Sputnik", null, 1, 24],
    ["LIMA, Peru — Thursday, Jan. 24, 2019 — Colombia said.", "LIMA", null, 2019, 1, 24],
    // wire copy in capitals throughout
    ["ROME, FEB 5 (WIRE) - Colombia said.", "ROME", "WIRE", null, 2, 5],
  ])("reads the dateline %s and drops it from the text", (lead, place, agency, year, month, day) => {
    const p = parseArticle(`Title\n\n${lead}`);
    expect(p).toMatchObject({ dateline: place, source: agency, printedDate: { year, month, day } });
    expect(p.text).toBe("Title\n\nColombia said.");
  });

  it("writes a speaker's name in capitals opening a meeting record's paragraph as a name ('MIKE POMPEO, Secretary of State …, said')", () => {
    const p = parseArticle(
      "Title\n\nMIKE POMPEO, Secretary of State of the United States, said so.\n\nVASSILY NEBENZIA (Russian Federation) said no.\n\nRECOGNISE GUAIDO: the US, Canada.",
    );
    expect(p.text).toBe(
      "Title\n\nMike Pompeo, Secretary of State of the United States, said so.\n\nVassily Nebenzia (Russian Federation) said no.\n\nRECOGNISE GUAIDO: the US, Canada.",
    );
  });

  it("reads a dateline and date alone on their line ('CUCUTA, Colombia — February 8, 2019')", () => {
    const p = parseArticle("Title\n\nCUCUTA, Colombia — February 8, 2019\n\nBrazil recognised Guaido.");
    expect(p).toMatchObject({ dateline: "CUCUTA", printedDate: { year: 2019, month: 2, day: 8 } });
    expect(p.text).toBe("Title\n\nBrazil recognised Guaido.");
  });

  it("reads a bracket dateline with a weekday and the day first ('LONDON, Thursday 7 February 2019 (Reuters) -')", () => {
    const p = parseArticle("Title\n\nLONDON, Thursday 7 February 2019 (Reuters) - Portugal said.");
    expect(p).toMatchObject({
      dateline: "LONDON",
      source: "Reuters",
      printedDate: { year: 2019, month: 2, day: 7 },
    });
    expect(p.text).toBe("Title\n\nPortugal said.");
  });

  it("reads a dateline whose line goes on with only a date ('SINGAPORE (Reuters) - Published Feb 6, 2019, 5:00 am SGT')", () => {
    for (const line of [
      "SINGAPORE (Reuters) - Feb 6, 2019",
      "SINGAPORE (The Straits Times) - Published Feb 6, 2019, 5:00 am SGT",
    ]) {
      const p = parseArticle(`Title\n\n${line}\n\nSpain recognised Guaido.`);
      expect(p).toMatchObject({ dateline: "SINGAPORE", printedDate: { year: 2019, month: 2, day: 6 } });
      expect(p.text).toBe("Title\n\nSpain recognised Guaido.");
    }
    // a sentence after the dateline is the story, whatever dates it holds
    const story = parseArticle("Title\n\nSINGAPORE (Reuters) - Spain recognised Guaido on Feb 6, 2019.");
    expect(story.printedDate).toBeNull();
  });

  it("reads a date line with the month in capitals ('Madrid 4 FEB 2019 - 12:45 CET')", () => {
    const p = parseArticle("Title\n\nMadrid 4 FEB 2019 - 12:45 CET\n\nBody sentence.");
    expect(p.printedDate).toMatchObject({ year: 2019, month: 2, day: 4 });
  });

  it("takes a standalone date line ('Updated 22:25, 25-Jan-2019') as metadata, not text", () => {
    const p = parseArticle("Title\n\nUpdated 22:25, 25-Jan-2019\n\nBody sentence.");
    expect(p.printedDate).toMatchObject({ year: 2019, month: 1, day: 25 });
    expect(p.text).not.toContain("Updated");
  });

  it("joins the lines of a hard-wrapped paragraph of two or three lines, but not a title's block or a photo credit", () => {
    const p = parseArticle(
      [
        "Title",
        "",
        "Only Maduro's longtime leftist partners in the region - Bolivia, Cuba,",
        "Nicaragua and El Salvador - openly spoke up for him.",
        "",
        "A total of 19 EU member states have now recognized Guaido, including",
        "Germany, Austria, Denmark, Finland, Hungary and the Czech Republic.",
        "Greece, Cyprus and Slovakia have not.",
        "",
        "He said the problems must be settled by the",
        "Venezuelans themselves.",
        "",
        "Juan Guaido, Venezuelan opposition leader and parliament speaker, declared himself interim president on January 23",
        " Kremlin spokesman Dmitry Peskov Vitaliy Nevar/TASS",
        "Kremlin spokesman Dmitry Peskov",
      ].join("\n"),
    );
    expect(p.text).toContain("Bolivia, Cuba, Nicaragua and El Salvador - openly spoke up for him.");
    expect(p.text).toContain("including Germany, Austria, Denmark, Finland, Hungary and the Czech Republic.");
    expect(p.text).toContain("He said the problems must be settled by the Venezuelans themselves.");
    expect(p.text).toContain("declared himself interim president on January 23\n");
  });

  it("takes a date line in square brackets ('[24.01.2019]') as metadata", () => {
    const p = parseArticle("Title\n\n[24.01.2019]\n\nBody sentence.");
    expect(p.printedDate).toMatchObject({ year: 2019, month: 1, day: 24 });
    expect(p.text).not.toContain("[24");
  });

  it("reads a lead that opens with its date ('Thursday, January 24th 2019 - ')", () => {
    const p = parseArticle("Title\n\nThursday, January 24th 2019 - Something happened.");
    expect(p.printedDate).toMatchObject({ year: 2019, month: 1, day: 24 });
    expect(p.text).toBe("Title\n\nSomething happened.");
  });

  it.each([
    ["Briefing by the Spokesperson, Moscow, January 24, 2019", { year: 2019, month: 1, day: 24 }],
    ["Statement by the Press Secretary – 24 January 2019", { year: 2019, month: 1, day: 24 }],
    ["Press release (23/01/2019)", { year: 2019, month: 1, day: 23 }],
    [
      "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on January 24, 2019",
      { year: 2019, month: 1, day: 24 },
    ],
  ])("reads the date that ends a title with no other date: %s", (title, date) => {
    expect(parseArticle(`${title}\n\nThe ministry said it was concerned.`).printedDate).toMatchObject(date);
  });

  it("prefers a date line to a title's date, and reads none from a date inside a title", () => {
    expect(
      parseArticle("Statement by the ministry, 24 January 2019\n\nJanuary 25, 2019\n\nThe ministry said.")
        .printedDate,
    ).toMatchObject({ day: 25 });
    expect(parseArticle("What happened on January 23, 2019 in Caracas\n\nText.").printedDate).toBeNull();
  });

  it("takes a labelled metadata line's title without its label ('Title: …', 'Headline: …')", () => {
    expect(
      parseArticle("Title: Venezuela crisis\nDate: 2019-02-04\n\nSpain recognised Guaido.").headline,
    ).toBe("Venezuela crisis");
    expect(parseArticle("Headline: Venezuela crisis\n\nSpain recognised Guaido.").headline).toBe(
      "Venezuela crisis",
    );
  });

  it("lets front matter win and keeps its title as the headline", () => {
    const p = parseArticle(
      "---\npublished: 2019-07-23\nsource: UAWire\ntitle: Given title\n---\nBody sentence here.",
    );
    expect(p).toMatchObject({ headline: "Given title", source: "UAWire" });
    expect(p.frontMatter.published).toBe("2019-07-23");
  });

  it("drops photo captions and credits", () => {
    const p = parseArticle(
      "Title\n\nSpokesman Ivan Petrov\n© Ivan Ivanov/TASS\n\nMOSCOW, May 2. /TASS/. Body.",
    );
    expect(p.text).toBe("Title\n\nBody.");
  });

  it("reports a text with no headline", () => {
    expect(parseArticle("MOSCOW, May 2. /TASS/. Body of the story.").warnings).toContain(
      "no headline in the text",
    );
  });
});

describe("resolvePublished(article, window)", () => {
  it("infers the year of a dateline from 'said on Monday' checked against the calendar", () => {
    expect(published("T\n\nMOSCOW, January 28. /TASS/. Peskov said on Monday.")).toMatchObject({
      date: "2019-01-28",
    });
  });

  it("falls back to the topic's window when no weekday decides", () => {
    expect(published("T\n\nMOSCOW, January 25. /TASS/. Nothing dated.").date).toBe("2019-01-25");
  });

  it("returns null, never today, when the text has no date at all", () => {
    expect(published("Just a headline\n\nAnd a body without any date.")).toMatchObject({ date: null });
  });

  it("returns null for a printed day that does not exist", () => {
    expect(published("T\n\nMon 31 Feb 2019\n\nBody.").date).toBeNull();
  });
});
