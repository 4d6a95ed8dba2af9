import { describe, expect, it } from "vitest";
import { matchesOf, phrasesEitherCase } from "../../src/extract/matches";

const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe("matchesOf", () => {
  it.each([
    [/\bback(?:s|ed)? (\w+)/g, "Peru backed Guaido; Cuba backs Maduro, and Bolivia backed him too."],
    [/x*/g, "axxb"], // empty matches advance one character at a time, as matchAll's do
    [/(?:)/gu, "a😀b"], // …by a whole code point under the u flag
    [/Maduro/g, "no match here"],
  ])("finds what matchAll finds: %s", (re, text) => {
    expect(plain(matchesOf(re, text))).toEqual(plain(text.matchAll(new RegExp(re))));
  });

  it("leaves the expression ready for the next search, however it was left", () => {
    const re = /a/g;
    re.lastIndex = 3;
    expect(matchesOf(re, "aaaa")).toHaveLength(4);
    expect(re.lastIndex).toBe(0);
  });

  it("refuses an expression without the g flag, which would never end", () => {
    expect(() => matchesOf(/a/, "aaa")).toThrow(/global/);
  });
});

describe("phrasesEitherCase(phrases)", () => {
  it("returns the phrases longest first, each with its first letter in either case", () => {
    expect(phrasesEitherCase("except|except for|besides")).toBe("[Ee]xcept for|[Bb]esides|[Ee]xcept");
    expect(new RegExp(`^(?:${phrasesEitherCase("apart from")})$`).test("Apart from")).toBe(true);
  });
});
