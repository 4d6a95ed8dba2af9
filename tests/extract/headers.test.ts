import { describe, expect, it } from "vitest";
import { TOPIC } from "../../src/extract/extract-corpus";
import { parseArticle } from "../../src/extract/parse-article";
import { resolvePublished } from "../../src/extract/resolve-published";

const body = "Spain recognised Guaido as interim president on Monday.";

// Date lines, datelines and headers of other outlets, each with the publication day it states (or null).
const HEADERS: [string, string | null][] = [
  [`Headline here\n\nPublished: 2019-02-04\n\n${body}`, "2019-02-04"],
  [`Headline here\n\nFebruary 4, 2019 / 3:15 PM\n\n${body}`, "2019-02-04"],
  [`Headline here\n\n4 February 2019 • 10:32 GMT\n\n${body}`, "2019-02-04"],
  [`Headline here\n\nPosted on Jan 25, 2019\n\n${body}`, "2019-01-25"],
  [`Headline here\n\n25.01.2019\n\n${body}`, "2019-01-25"],
  [`Headline here\n\nCARACAS, Venezuela (AP) — ${body}`, null],
  [`Headline here\n\nCARACAS, Venezuela, Feb 4 (AP) — ${body}`, "2019-02-04"],
  [`Headline here\n\nMOSCOW, Jan 24 (Sputnik) - ${body}`, "2019-01-24"],
  [`Headline here\n\nJan 25 (Reuters) - ${body}`, "2019-01-25"],
  [`Headline here\n\nCaracas, January 25 (Prensa Latina) ${body}`, "2019-01-25"],
  [`Headline here\n\nBy Jane Doe | 4 Feb 2019\n\n${body}`, "2019-02-04"],
  [`Headline here\n\nJane Doe, Staff Writer\nFebruary 4th, 2019\n\n${body}`, "2019-02-04"],
  [`Headline here\n\nMonday, February 4, 2019\n\n${body}`, "2019-02-04"],
  [`Headline here\n\n2019-02-04T10:32:00Z\n\n${body}`, "2019-02-04"],
  [`---\ntitle: X\npublished: "2019-02-04"\n---\n${body}`, "2019-02-04"],
  [`---\ndate: 2019-02-04\n---\nHeadline\n\n${body}`, "2019-02-04"],
  [`Headline here\n\nLIMA, Feb. 4, 2019 /PRNewswire/ -- ${body}`, "2019-02-04"],
];

describe("publication dates in other outlets' headers", () => {
  it.each(HEADERS)("%j → %s", (raw, want) => {
    expect(resolvePublished(parseArticle(raw), TOPIC.window).date).toBe(want);
  });
});
