import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/dataset/schema";
import { addDays } from "../../src/dataset/days";
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

  it("steps from a marked day to its neighbours, and before the first or after the last to the nearest", () => {
    expect(stepMarked(marked, d("2019-01-28"), 1)).toBe("2019-02-04");
    expect(stepMarked(marked, d("2019-01-28"), -1)).toBe("2019-01-26");
    expect(stepMarked(marked, d("2019-01-25"), -1)).toBeUndefined();
    expect(stepMarked(marked, d("2019-01-01"), 1)).toBe("2019-01-25");
    expect(stepMarked(marked, d("2020-01-01"), -1)).toBe("2019-09-26");
    expect(stepMarked([], d("2019-01-01"), 1)).toBeUndefined();
  });

  it("agrees with a linear search on every day of the span", () => {
    const linear = (day: IsoDate, dir: 1 | -1) =>
      dir === 1 ? marked.find((m) => m > day) : [...marked].reverse().find((m) => m < day);
    for (let day = d("2019-01-20"); day <= "2019-10-01"; day = addDays(day, 1))
      for (const dir of [1, -1] as const) expect(stepMarked(marked, day, dir)).toBe(linear(day, dir));
  });
});

describe("buildDayScale on every day", () => {
  it("is monotonic and maps every marked day back to itself, with many marked days", () => {
    const many: IsoDate[] = [];
    for (let day = d("2019-01-01"); day <= "2020-12-31"; day = addDays(day, day < "2019-06-01" ? 1 : 3))
      many.push(day);
    const s = buildDayScale(many[0], many.at(-1)!, many);
    let prev = -1;
    for (const day of many) {
      const x = s.position(day);
      expect(x).toBeGreaterThan(prev);
      prev = x;
      expect(s.dayAt(x)).toBe(day);
    }
  });
});
