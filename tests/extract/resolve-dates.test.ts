import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/dataset/schema";
import { resolveDates } from "../../src/extract/resolve-dates";

const thursday = "2019-02-07" as IsoDate;
const dates = (s: string) => resolveDates(s, thursday).map((d) => d.date);

describe("resolveDates(sentence, published)", () => {
  it("reads 'announced Monday' as the Monday before a Thursday dateline", () => {
    expect(dates("France announced Monday that it recognised him.")).toEqual(["2019-02-04"]);
  });
  it("reads 'on January 26' in the publication year", () => {
    expect(dates("They said on January 26 that they would act.")).toEqual(["2019-01-26"]);
  });
  it("puts a day after publication in the year before ('on December 30' in February)", () => {
    expect(dates("It happened on December 30.")).toEqual(["2018-12-30"]);
  });
  it("ignores deadlines and future days ('by February 3', 'next Monday')", () => {
    expect(dates("Unless elections are called by February 3 or next Monday.")).toEqual([]);
  });
  it("reads 'yesterday' as the day before publication", () => {
    expect(dates("The ministry said yesterday.")).toEqual(["2019-02-06"]);
  });
  it("returns only printed-year dates when the publication date is unknown", () => {
    expect(resolveDates("On January 26, 2019 and on Monday", null).map((d) => d.date)).toEqual([
      "2019-01-26",
    ]);
  });
});
