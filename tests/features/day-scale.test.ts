import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/dataset/schema";
import { buildDayScale, stepMarked } from "../../src/features/timeline/lib/day-scale";

const d = (s: string) => s as IsoDate;
const marked = ["2019-01-25", "2019-01-26", "2019-01-28", "2019-02-04", "2019-09-26"].map(d);
const scale = buildDayScale(d("2019-01-25"), d("2019-09-26"), marked);

describe("buildDayScale", () => {
  it("spans the first to the last day", () => {
    expect(scale.position(d("2019-01-25"))).toBe(0);
    expect(scale.position(d("2019-09-26"))).toBe(1);
  });

  it("gives a seven-month lull no more room than ten days, so the change days stay apart", () => {
    // gaps of 1, 2, 7 and 234 days take 1, 2, 7 and 10 parts of 20
    expect(scale.position(d("2019-01-26"))).toBeCloseTo(1 / 20);
    expect(scale.position(d("2019-01-28"))).toBeCloseTo(3 / 20);
    expect(scale.position(d("2019-02-04"))).toBeCloseTo(10 / 20);
  });

  it("maps positions back to the same days", () => {
    for (const day of marked) expect(scale.dayAt(scale.position(day))).toBe(day);
  });
});

describe("stepMarked", () => {
  it("steps to the next and previous marked day, and stops at the ends", () => {
    expect(stepMarked(marked, d("2019-01-27"), 1)).toBe("2019-01-28");
    expect(stepMarked(marked, d("2019-01-27"), -1)).toBe("2019-01-26");
    expect(stepMarked(marked, d("2019-09-26"), 1)).toBeUndefined();
  });
});
