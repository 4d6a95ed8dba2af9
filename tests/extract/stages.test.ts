import { describe, expect, it } from "vitest";
import type { ActorId, IsoDate } from "../../src/dataset/schema";
import { extractCorpus } from "../../src/extract/extract-corpus";
import { extractEvents } from "../../src/extract/extract-events";
import { extractQuotes } from "../../src/extract/extract-quotes";
import { findActors } from "../../src/extract/find-actors";
import { findPeople } from "../../src/extract/find-people";
import { readCorpus } from "../../src/extract/read-corpus";
import { isObjectOfPreposition } from "../../src/extract/object-of-preposition";
import { splitSentences } from "../../src/extract/split-sentences";

const actors = (text: string) => findActors(text).map((m) => m.actor);

describe("splitSentences(text)", () => {
  it("splits at terminal punctuation and paragraphs, with offsets into the text", () => {
    const text = "First one. Second one!\n\nThird para? Yes.";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(["First one.", "Second one!", "Third para?", "Yes."]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1, 1]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it("does not split after abbreviations, initials or before a lower-case word", () => {
    const s = splitSentences(
      "Mr. Smith met U.S. officials on Jan. 5 in Washington. J. R. Doe agreed. It was e.g. fine.",
    );
    expect(s.map((x) => x.text)).toEqual([
      "Mr. Smith met U.S. officials on Jan. 5 in Washington.",
      "J. R. Doe agreed.",
      "It was e.g. fine.",
    ]);
  });

  it("makes each line of a list a paragraph of its own, and keeps a wrapped line with the one before", () => {
    const s = splitSentences("Reactions:\n- Russia: against\n- Mexico: neutral\n1. Peru: for\nwrapped on");
    expect(s.map((x) => x.text)).toEqual([
      "Reactions:",
      "- Russia: against",
      "- Mexico: neutral",
      "1. Peru: for\nwrapped on",
    ]);
  });

  it("keeps a closing quotation mark with its sentence", () => {
    const s = splitSentences("“We agree.” He left.");
    expect(s.map((x) => x.text)).toEqual(["“We agree.”", "He left."]);
  });

  it("keeps a reference mark with the sentence it follows (a brief's or an encyclopaedia's '.[2]')", () => {
    const s = splitSentences(
      "Rome blocked it.[4] Athens, too.[a][12] Quito agreed.[citation needed] Lima did.",
    );
    expect(s.map((x) => x.text)).toEqual([
      "Rome blocked it.[4]",
      "Athens, too.[a][12]",
      "Quito agreed.[citation needed]",
      "Lima did.",
    ]);
  });
});

describe("isObjectOfPreposition(before)", () => {
  it.each([
    ["talks with Iraqi top diplomat Mohamed Ali ", true],
    ["The League party of Interior Minister Matteo ", true],
    ["Minister of Foreign Affairs Sergei ", false],
    ["said Secretary of State Mike ", false],
    ["The administration of President Andres Manuel Lopez ", false],
    ["The Government of ", false],
    ["The Governments of ", false],
    // where a mission is posted is its host, not whom it speaks for
    ["the Chinese embassy in ", true],
    ["Russia's ambassador to ", true],
  ])("%j → %s", (before, want) => {
    expect(isObjectOfPreposition(before)).toBe(want);
  });
});

describe("findActors(text)", () => {
  it("refers 'the bloc', 'the group', 'the alliance' back to the organisation named last, before any verb ('The bloc offered')", () => {
    expect(actors("The EU met on Monday.\n\nThe bloc offered to mediate.")).toEqual(["EU", "EU"]);
    expect(actors("CARICOM leaders met on Monday.\n\nThe group offered to mediate.")).toEqual([
      "CARICOM",
      "CARICOM",
    ]);
    expect(actors("ALBA members met in Havana.\n\nThe alliance backed Maduro.")).toEqual([
      "ALBA",
      "CUB",
      "ALBA",
    ]);
    // …not a body of its own: "the group of experts"
    expect(actors("The Lima Group met.\n\nThe group of experts spoke.")).toEqual(["LIMA"]);
  });

  it("reads no country inside a capital's name ('Port of Spain' is no Spain)", () => {
    expect(actors("CARICOM leaders met in Port of Spain.")).toEqual(["CARICOM"]);
  });

  it("leaves out of 'all' of a group the members an opening 'Apart from …,' excludes", () => {
    const members = actors("Apart from Italy and Greece, all EU countries recognised Guaido.");
    expect(members).toContain("ESP");
    expect(members.filter((a) => a === "ITA" || a === "GRC")).toEqual(["ITA", "GRC"]); // the names themselves only
  });

  it("drops a group set off after names as their description, past its abbreviation in brackets", () => {
    expect(actors("Cuba and Bolivia, members of the Bolivarian Alliance (ALBA), backed Maduro.")).toEqual([
      "CUB",
      "BOL",
    ]);
    expect(actors("The Bolivarian Alliance (ALBA) backed Maduro.")).toEqual(["ALBA", "ALBA"]);
  });

  it("finds names spelt with accents the data lacks, keeping the text's own spelling", () => {
    expect(actors("México, Perú and Panamá backed him, as did the UAE.")).toEqual([
      "MEX",
      "PER",
      "PAN",
      "ARE",
    ]);
    expect(findActors("México backed him.")[0]).toMatchObject({ surface: "México", start: 0, end: 6 });
  });

  it("reads 'both countries', 'the two governments' as the two countries last named together as 'X and Y'", () => {
    const text = "Mexico and Uruguay hosted talks in Montevideo. Both countries declined to take sides.";
    const pair = findActors(text).filter((m) => m.surface === "Both countries");
    expect(pair.map((m) => [m.actor, m.form, m.via])).toEqual([
      ["MEX", "group", "Both countries"],
      ["URY", "group", "Both countries"],
    ]);
    // no pair joined by "and", a pair of bodies, or a pair too far back: no referent
    expect(actors("Mexico hosted Uruguay. The two governments urged talks.")).toEqual(["MEX", "URY"]);
    expect(actors("The EU and the OAS met. Both countries urged talks.")).toEqual(["EU", "OAS"]);
    expect(
      actors(`Mexico and Uruguay hosted talks.${" Then more talks.".repeat(30)} Both countries left.`),
    ).toEqual(["MEX", "URY"]);
  });

  it("reads government seats and ministries known by a place as their states", () => {
    expect(
      actors(
        "South Block, the Blue House, Kasumigaseki, Zhongnanhai, Number 10 and Smolenskaya Square said so, as did the external affairs ministry.",
      ),
    ).toEqual(["IND", "KOR", "JPN", "CHN", "GBR", "RUS", "IND"]);
  });

  it("finds names printed in capitals, keeping acronyms as they stand", () => {
    expect(actors("* UNITED STATES, EL SALVADOR - backed him. The US and the OAS too.")).toEqual([
      "USA",
      "SLV",
      "USA",
      "OAS",
    ]);
  });

  it("takes 'the bloc', 'the group' for the organisation named before, unless another body of that noun came between", () => {
    expect(actors("The Lima Group met on Monday. The group reaffirmed its stance.")).toEqual([
      "LIMA",
      "LIMA",
    ]);
    expect(actors("The EU met. The 28-nation bloc agreed.")).toEqual(["EU", "EU"]);
    expect(actors("The EU set up an International Contact Group. The group will not mediate.")).toEqual([
      "EU",
    ]);
    expect(actors("The Lima Group met. The group of countries agreed.")).toEqual(["LIMA"]);
  });

  it("finds countries by name, variant, metonym and demonym before a state noun", () => {
    expect(actors("Britain and the US backed him, as did the Kremlin.")).toEqual(["GBR", "USA", "RUS"]);
    expect(actors("French Foreign Minister Jean-Yves Le Drian spoke.")).toEqual(["FRA"]);
  });

  it("does not take a demonym on its own for its country", () => {
    expect(actors("Russian tourists visited the beach.")).toEqual([]);
  });

  it("expands a group with an exclusion to its members, minus the excluded, recording the group expression", () => {
    const found = findActors("Lima Group members except Mexico recognized him.");
    const ids = found.map((m) => m.actor);
    expect(ids).toContain("BRA");
    expect(ids).toContain("CAN");
    expect(ids).not.toContain("MEX");
    expect(found.every((m) => m.via?.startsWith("Lima Group members"))).toBe(true);
  });

  it("takes a group set off after names for a description of them, not an actor", () => {
    expect(actors("Colombia and Peru, all members of the Lima Group, recognised him.")).toEqual([
      "COL",
      "PER",
    ]);
    expect(actors("Chile, a member of the Lima Group, recognised him.")).toEqual(["CHL"]);
    expect(actors("Argentina and Paraguay, both Lima Group members, backed him.")).toEqual(["ARG", "PRY"]);
    // a list's next item is no description
    expect(actors("Russia, all EU members and Canada spoke.")).toContain("DEU");
  });

  it("reads 'all' before a group only right before it, not anywhere earlier in the text", () => {
    const text =
      "Colombia called on all parties to talk.\n\nAll members of the Lima Group except Mexico recognised him.";
    const found = findActors(text);
    const expression = found.find((m) => m.actor === "BRA");
    expect(expression?.via).toBe("All members of the Lima Group except Mexico");
    expect(found.map((m) => m.actor)).toContain("COL");
  });

  it("names no actor for an unspecified share of a group's members", () => {
    expect(actors("Most of the EU member states recognized him.")).toEqual([]);
    expect(actors("A raft of EU nations recognized him.")).toEqual([]);
  });

  it("finds organisations by their names and abbreviations", () => {
    expect(actors("The OAS and the United Nations secretary general spoke.")).toEqual(["OAS", "UN"]);
  });
});

describe("findPeople(text, mentions)", () => {
  const countryOf = (text: string, surname: string) =>
    findPeople(text, findActors(text), "VEN" as ActorId).find((p) => p.surname === surname)?.actor ?? null;

  it("gives a speaker the state a meeting's record names in brackets: 'Vassily Nebenzia (Russian Federation) said'", () => {
    expect(countryOf("Jan Novak (Russian Federation) said it was a coup.", "Novak")).toBe("RUS");
    // a bracket that names no state gives none
    expect(countryOf("Jan Novak (by video link) said it was a coup.", "Novak")).toBeNull();
  });

  it("reads no name across a line break: a headline's last word and the dateline's place are two", () => {
    const text = "Allies back President Maduro\n\nCaracas, Jan 23 - Cuba backed Maduro.";
    expect(findPeople(text, findActors(text)).map((p) => p.name)).not.toContain("Maduro Caracas");
  });

  it("gives a government's spokesperson the country opening the paragraph before, when theirs names no one", () => {
    // (a spokesperson the data does not know: the country comes from the text)
    const text =
      'India on Friday said it was following the developments.\n\n"We believe in dialogue," ministry spokesperson Anil Mehra said.';
    expect(countryOf(text, "Mehra")).toBe("IND");
    // not a role that speaks for a government, nor past a paragraph naming someone else first
    expect(countryOf(text.replace("ministry spokesperson", "lawmaker"), "Mehra")).toBeNull();
    expect(countryOf(text.replace('"We believe', 'Brazil disagreed. "We believe'), "Mehra")).toBe("BRA");
  });
});

describe("extractQuotes(text, mentions, people)", () => {
  const quotes = (text: string) => {
    const mentions = findActors(text);
    return extractQuotes(text, mentions, findPeople(text, mentions));
  };

  it("attributes a quote to the person named beside it, with role and country", () => {
    const [q] = quotes(
      '"We will not interfere," Chinese Foreign Ministry spokesman Geng Shuang said on Friday.',
    );
    expect(q).toMatchObject({
      text: "We will not interfere,",
      speaker: "Geng Shuang",
      actor: "CHN",
      speakerKind: "person",
    });
    expect(q.role).toMatch(/spokesman/i);
  });

  it('resolves "he added" to the person quoted last', () => {
    const qs = quotes(
      'German Foreign Minister Heiko Maas said: "The people of Venezuela deserve better." "We stand ready to help," he added.',
    );
    expect(qs.map((q) => [q.speaker, q.actor])).toEqual([
      ["Heiko Maas", "DEU"],
      ["Heiko Maas", "DEU"],
    ]);
  });

  it("gives a news agency's report to the agency, never to a country", () => {
    const [q] = quotes(
      'Russia is ready to act, Bloomberg reported, citing sources. "The talks are at an early stage," the agency said.',
    );
    expect(q).toMatchObject({ speaker: "Bloomberg", actor: null, speakerKind: "media" });
  });

  it("ignores scare quotes of one or two capitalised words", () => {
    expect(quotes('The so-called "Lima Group" met in Ottawa.')).toEqual([]);
  });
});

describe("extractQuotes: speakers the article never titled", () => {
  const speakers = (text: string) => {
    const mentions = findActors(text);
    return extractQuotes(text, mentions, findPeople(text, mentions)).map((q) => q.speaker);
  };
  it("reads a name right after a quotation, and a name with 'of' an organisation before the verb", () => {
    expect(speakers('"Nobody wants talks," said Phil Gunson, an analyst.')).toEqual(["Phil Gunson"]);
    expect(
      speakers('Phil Gunson of the International Crisis Group said: "Nobody wants new talks now."'),
    ).toEqual(["Phil Gunson"]);
  });
});

describe("extractEvents(sentences, published)", () => {
  it("finds a dated event of a known kind and resolves its date from the sentence", () => {
    const text =
      "Guaido declared himself interim president at a rally in Caracas on January 23. Nothing else happened.";
    const events = extractEvents(splitSentences(text), "2019-01-28" as IsoDate);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: "2019-01-23" });
    expect(events[0].label).toMatch(/declared himself interim president/);
  });

  it("finds no event in a claim or a falsehood it reports", () => {
    const text =
      "A viral message says that Italy recognised Guaido on February 4. An earlier version wrongly said Mexico recognised Guaido on January 24.";
    expect(extractEvents(splitSentences(text), "2019-02-08" as IsoDate)).toEqual([]);
  });

  it("finds nothing in a sentence without a date", () => {
    expect(extractEvents(splitSentences("Guaido declared himself interim president."), null)).toEqual([]);
  });

  it("dates a sentence without a date by its paragraph's label, where it has one", () => {
    const sentences = splitSentences("Crowds gathered. Guaido declares himself interim president.");
    const labelled = new Map([[sentences[1].start, "2019-01-23" as IsoDate]]);
    expect(extractEvents(sentences, "2019-01-28" as IsoDate, labelled)).toMatchObject([
      { date: "2019-01-23", label: "Guaido declares himself interim president" },
    ]);
  });
});

describe("readCorpus(files)", () => {
  const file = (name: string, content: string | Uint8Array) => {
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
    return { file: name, size: bytes.length, bytes };
  };

  it("keeps good files in order and warns about each bad one, naming the file", () => {
    const { inputs, warnings } = readCorpus([
      file("a.txt", "Title\n\nText."),
      file("b.txt", ""),
      file("c.txt", "Title\n\nText.  "),
      file("d.txt", new Uint8Array([0, 1, 2, 3, 0, 0, 0, 5])),
      { file: "e.txt", size: 30_000_000 },
    ]);
    expect(inputs.map((i) => i.file)).toEqual(["a.txt"]);
    expect(warnings.map((w) => [w.file, w.reason.split(":")[0]])).toEqual([
      ["b.txt", "skipped"],
      ["c.txt", "skipped"],
      ["d.txt", "skipped"],
      ["e.txt", "skipped"],
    ]);
    expect(warnings[1].reason).toMatch(/duplicate of a\.txt/);
  });

  it("decodes UTF-16 with a byte-order mark and says so", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."Hi there."].flatMap((c) => [c.charCodeAt(0), 0])]);
    const { inputs, warnings } = readCorpus([file("u.txt", utf16)]);
    expect(inputs[0].text).toBe("Hi there.");
    expect(warnings[0].reason).toMatch(/UTF-16/);
  });

  it("keeps a plain-text article that mentions a tag", () => {
    const { inputs } = readCorpus([file("t.txt", "Title\n\nThe site used a <b> tag in its headline.")]);
    expect(inputs).toHaveLength(1);
  });
});

describe("extractCorpus: an ultimatum recalled after recognition", () => {
  it("keeps it as evidence but off the timeline when only the story's date dates it", () => {
    const d = extractCorpus(
      [
        {
          file: "a.txt",
          text: "Spain acts\n\nMADRID, February 4 (Reuters) - Spain recognised Guaido on Monday.",
        },
        {
          file: "b.txt",
          text: "Maduro defiant\n\nCARACAS, February 7 (Reuters) - Maduro shrugged off an ultimatum by Spain demanding early elections.",
        },
      ],
      [],
    );
    const esp = d.observations.filter((o) => o.actor === "ESP");
    expect(esp.map((o) => [o.stance, o.date, o.dateBasis])).toEqual([
      ["guaido", "2019-02-04", "stated"],
      ["conditional", null, "unknown"],
    ]);
  });
});
