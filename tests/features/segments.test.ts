import { describe, expect, it } from "vitest";
import { toSegments } from "../../src/features/article/lib/segments";

describe("toSegments(text, spans)", () => {
  it("cuts overlapping highlights into runs that list every span covering them", () => {
    const segs = toSegments("abcdefghij", [
      { start: 2, end: 8, key: "sentence" },
      { start: 4, end: 6, key: "quote" },
    ]);
    expect(segs.map((s) => [s.text, s.keys])).toEqual([
      ["ab", []],
      ["cd", ["sentence"]],
      ["ef", ["sentence", "quote"]],
      ["gh", ["sentence"]],
      ["ij", []],
    ]);
    expect(segs.map((s) => s.text).join("")).toBe("abcdefghij");
  });

  it("clips spans outside the text and ignores empty ones", () => {
    const segs = toSegments("abc", [
      { start: -5, end: 1, key: "x" },
      { start: 2, end: 99, key: "y" },
      { start: 1, end: 1, key: "empty" },
    ]);
    expect(segs.map((s) => [s.text, s.keys])).toEqual([
      ["a", ["x"]],
      ["b", []],
      ["c", ["y"]],
    ]);
  });
});
