import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/dataset/schema";
import { nearestStatedDate, resolveDates } from "../../src/extract/resolve-dates";

const thursday = "2019-02-07" as IsoDate;
const dates = (s: string) => resolveDates(s, thursday).map((d) => d.date);

describe("resolveDates(sentence, published)", () => {
  it("dates an act by the topic's defining event named after it (data/anchors.json)", () => {
    expect(dates("The US recognised Guaido minutes after he declared himself interim president.")).toEqual([
      "2019-01-23",
    ]);
    expect(dates("Chile recognised Guaido on the day he was sworn in.")).toEqual(["2019-01-23"]);
    expect(dates("Colombia recognised Guaido within minutes of his oath.")).toEqual(["2019-01-23"]);
    expect(dates("Canada recognised Guaido the day after his swearing-in.")).toEqual(["2019-01-24"]);
    expect(dates("Peru recognised Guaido two days after Guaido declared himself interim president.")).toEqual(
      ["2019-01-25"],
    );
    // another's swearing-in, a mere "after", or a story before the event: no day
    expect(dates("Brazil backed Guaido the day after Bolsonaro was sworn in.")).toEqual([]);
    expect(dates("Spain recognised Guaido after he declared himself interim president.")).toEqual([]);
    expect(resolveDates("on the day he was sworn in", "2019-01-20" as IsoDate)).toEqual([]);
  });
  it("reads a sentence printed in capitals throughout ('ON MONDAY', 'ON FEB 4'), giving each phrase as printed", () => {
    expect(resolveDates("FRANCE AND SPAIN RECOGNISED GUAIDO ON MONDAY.", thursday)).toMatchObject([
      { date: "2019-02-04", phrase: "ON MONDAY" },
    ]);
    expect(dates("ITALY BLOCKED THE STATEMENT ON FEB 4.")).toEqual(["2019-02-04"]);
    // not a sentence in ordinary case with a word or two in capitals
    expect(dates("The EU said ON MONDAY it would act.")).toEqual([]);
  });
  it("reads a date in figures: day first, unless only month first is a date; of two readings, the one in the window", () => {
    const window = { start: "2019-01-10" as IsoDate, end: "2019-12-31" as IsoDate };
    const inFigures = (s: string) => resolveDates(s, thursday, null, window).map((d) => d.date);
    expect(inFigures("Ecuador recognised Guaido on 24/01/2019.")).toEqual(["2019-01-24"]);
    expect(inFigures("Ecuador recognised Guaido on 01/24/2019.")).toEqual(["2019-01-24"]);
    expect(inFigures("Ecuador recognised Guaido on 24.01.2019.")).toEqual(["2019-01-24"]);
    expect(inFigures("Ecuador recognised Guaido on 2019-01-24.")).toEqual(["2019-01-24"]);
    // one reading only is the day, in the window or not
    expect(inFigures("Cuba backed Maduro on 20/12/2018.")).toEqual(["2018-12-20"]);
    // 4 February, not 2 April (after publication)
    expect(inFigures("Spain recognised Guaido on 02/04/2019.")).toEqual(["2019-02-04"]);
    // 3 January is before the window and 1 March after publication: no day
    expect(inFigures("Spain recognised Guaido on 03/01/2019.")).toEqual([]);
  });
  it("reads 'announced Monday' as the Monday before a Thursday dateline", () => {
    expect(dates("France announced Monday that it recognised him.")).toEqual(["2019-02-04"]);
  });
  it("reads a weekday after 'said it would host' as a day ahead, not the act's", () => {
    expect(dates("Mexico said it would host talks in Montevideo on Thursday.")).toEqual([]);
    expect(dates("Mexico said on Monday it would recognise Guaido.")).toEqual(["2019-02-04"]);
  });
  it("reads 'this past Saturday', 'Saturday night' and 'on Sun., Feb. 3' (not 'by Saturday night')", () => {
    expect(dates("Spain recognised Guaido this past Saturday.")).toEqual(["2019-02-02"]);
    expect(dates("Spain recognised Guaido Saturday night.")).toEqual(["2019-02-02"]);
    expect(dates("Spain recognised Guaido on Sun., Feb. 3.")).toEqual(["2019-02-03"]);
    expect(dates("Spain had promised a decision by Saturday night.")).toEqual([]);
    expect(dates("Spain recognised Guaido this past Thursday.")).toEqual(["2019-01-31"]);
  });
  it("reads a day that opens the sentence, with its weekday or without", () => {
    expect(dates("Wednesday 23 January: Guaido declares himself interim president.")).toEqual(["2019-01-23"]);
    expect(dates("Thursday, January 24 - Russia warns against intervention.")).toEqual(["2019-01-24"]);
    expect(dates("23 January: Guaido declares himself interim president.")).toEqual(["2019-01-23"]);
  });
  it("reads 'on January 26' in the publication year", () => {
    expect(dates("They said on January 26 that they would act.")).toEqual(["2019-01-26"]);
  });
  it("reads 'on Monday, February 4, 2019' and 'late Wednesday'", () => {
    // the weekday and the date each state the day
    expect(new Set(dates("On Monday, February 4, 2019, Spain recognised Guaido."))).toEqual(
      new Set(["2019-02-04"]),
    );
    expect(
      resolveDates("On Monday, February 4, 2019, Spain recognised Guaido.", null).map((d) => d.date),
    ).toEqual(["2019-02-04"]);
    expect(dates("Argentina recognised Guaido late Wednesday.")).toEqual(["2019-02-06"]);
  });
  it("without a publication date, takes the year of the topic's window for a day without one", () => {
    const window = { start: "2019-01-10" as IsoDate, end: "2019-12-31" as IsoDate };
    expect(resolveDates("Spain recognised Guaido on Feb. 4.", null, null, window).map((d) => d.date)).toEqual(
      ["2019-02-04"],
    );
    // …unless the window holds that day in no year, or in more than one
    expect(resolveDates("Spain recognised Guaido on Jan. 4.", null, null, window)).toEqual([]);
    const twoYears = { start: "2019-01-10" as IsoDate, end: "2020-12-31" as IsoDate };
    expect(resolveDates("Spain recognised Guaido on Feb. 4.", null, null, twoYears)).toEqual([]);
    expect(resolveDates("Spain recognised Guaido on Feb. 4.", null)).toEqual([]);
  });
  it('reads "in Monday\'s statement" as that Monday', () => {
    expect(dates("In Monday's statement, Peru recognised Guaido.")).toEqual(["2019-02-04"]);
  });
  it("reads 'on the evening of February 4' as February 4", () => {
    expect(dates("Sweden recognised him on the evening of February 4.")).toEqual(["2019-02-04"]);
  });
  it("reads 'on the 5th' in the publication month, or the month before when that is still to come", () => {
    expect(dates("Latvia recognised Guaido on the 5th.")).toEqual(["2019-02-05"]);
    expect(dates("Latvia recognised Guaido on the 28th.")).toEqual(["2019-01-28"]);
    // with its month named, once, as that month's day
    expect(dates("They met on the 5th of February.")).toEqual(["2019-02-05"]);
    expect(dates("They met on the 28th of January.")).toEqual(["2019-01-28"]);
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

describe("resolveDates: more ways of stating the day (story published Thursday 7 February 2019)", () => {
  const days = (s: string) => resolveDates(s, "2019-02-07" as IsoDate).map((d) => d.date);
  it.each([
    ["Spain recognised Guaido last Monday.", ["2019-02-04"]],
    ["On Monday, Spain recognised Guaido.", ["2019-02-04"]],
    ["Spain recognised Guaido late on Monday.", ["2019-02-04"]],
    ["Spain recognised Guaido two days ago.", ["2019-02-05"]],
    ["A week ago, Switzerland offered to mediate.", ["2019-01-31"]],
    // a weekday with its date in brackets is that date
    ["Last Saturday (Jan. 26), Spain set Maduro a deadline.", ["2019-01-26"]],
    ["On Saturday (26 January), France did the same.", ["2019-01-26"]],
    // a span given roughly names no day
    ["Just over a week ago, Guaido declared himself interim president.", []],
    ["About two weeks ago, Peru followed.", []],
    ["Spain said two weeks ago it would recognise Guaido.", ["2019-01-24"]],
    ["Spain recognised Guaido yesterday.", ["2019-02-06"]],
    ["Spain will host talks on Friday.", []],
    // the day of the month in brackets after a weekday, as Brazilian stories give it
    ["On Saturday (26), Spain gave Maduro eight days.", ["2019-01-26"]],
    ["Last Wednesday (30), Paraguay backed Guaido.", ["2019-01-30"]],
    ["On Monday (4), Brazil backed Guaido.", ["2019-02-04"]],
    // a weekday before its date is that date's, not the latest such weekday
    ["Peru recognised Guaido on Wednesday 23 January.", ["2019-01-23"]],
    ["Peru recognised Guaido on Wednesday, Jan. 23.", ["2019-01-23"]],
  ])("%s → %j", (sentence, want) => {
    expect(days(sentence)).toEqual(want);
  });

  it("gives a verb its own clause's day, not a nearer one after ', and' that opens another's", () => {
    const s =
      "On January 31 the European Parliament voted to recognise Guaido, and on January 26 Spain gave Maduro eight days.";
    const dates = resolveDates(s, "2019-02-07" as IsoDate);
    expect(nearestStatedDate(dates, s.indexOf("recognise"), s)?.date).toBe("2019-01-31");
    expect(nearestStatedDate(dates, s.indexOf("gave"), s)?.date).toBe("2019-01-26");
  });

  it("reads a date in a cell of a table's row, and only there", () => {
    expect(resolveDates("| Spain | Recognises Guaidó | February 4 |", "2019-02-07" as IsoDate)[0].date).toBe(
      "2019-02-04",
    );
    expect(
      resolveDates("Spain recognised Guaido. February 4 was a Monday.", "2019-02-07" as IsoDate),
    ).toEqual([]);
  });

  it('takes "this Monday" in a Thursday story as the Monday before it', () => {
    expect(resolveDates("This Monday Portugal recognised Guaido.", "2019-02-07" as IsoDate)[0].date).toBe(
      "2019-02-04",
    );
    expect(resolveDates("Portugal will act this Monday.", "2019-02-07" as IsoDate)).toEqual([]);
  });

  it('takes "last Monday" in a Monday story as the week before', () => {
    expect(resolveDates("Spain recognised Guaido last Monday.", "2019-02-04" as IsoDate)[0].date).toBe(
      "2019-01-28",
    );
  });
});

describe("resolveDates: days told from the day stated before them (story published Thursday 7 February 2019)", () => {
  const days = (s: string, previous: string | null = null) =>
    resolveDates(s, "2019-02-07" as IsoDate, previous as IsoDate | null).map((d) => d.date);
  it.each([
    ["Canada followed the same day.", "2019-01-23", ["2019-01-23"]],
    ["A day later, Israel did the same.", "2019-01-28", ["2019-01-29"]],
    ["China, two days earlier, had called for dialogue.", "2019-02-05", ["2019-02-03"]],
    ["Austria recognised him the previous day.", "2019-02-05", ["2019-02-04"]],
    ["Peru followed the next day.", "2019-01-23", ["2019-01-24"]],
    // minutes and hours after the day before are that day
    ["Within minutes the US recognised him.", "2019-01-23", ["2019-01-23"]],
    ["Hours later Canada did the same.", "2019-01-23", ["2019-01-23"]],
    ["Shortly afterwards Peru followed.", "2019-01-23", ["2019-01-23"]],
    ["Later that evening Chile followed.", "2019-01-23", ["2019-01-23"]],
    ["Canada followed before the day was out.", "2019-01-23", ["2019-01-23"]],
    ["Peru had done so by the end of the day.", "2019-01-23", ["2019-01-23"]],
    // …unless they make days
    ["48 hours later Chile followed.", "2019-01-23", ["2019-01-25"]],
    ["Six hours later Chile followed.", "2019-01-23", ["2019-01-23"]],
    // a day after publication is no stated day
    ["Peru followed the next day.", "2019-02-07", []],
    // with nothing stated before, no day
    ["Canada followed the same day.", null, []],
    // a day stated earlier in the sentence comes first
    ["Turkey spoke on Monday and Iran a day later.", "2019-01-23", ["2019-02-04", "2019-02-05"]],
    // a weekday beside a day told from the one before is that day
    [
      "Two days later, on Saturday, Spain gave Maduro eight days.",
      "2019-01-24",
      ["2019-01-26", "2019-01-26"],
    ],
    // …when it is that weekday
    ["Two days later, on Monday, Spain spoke.", "2019-01-24", ["2019-01-26", "2019-02-04"]],
  ])("%s (after %s) → %j", (sentence, previous, want) => {
    expect(days(sentence, previous)).toEqual(want);
  });

  it("passes over a day in a clause of another event after the verb, unless it is the only one", () => {
    const s = "On Monday, Spain recognised Guaido after the ultimatum expired on Sunday.";
    const dates = resolveDates(s, "2019-02-07" as IsoDate);
    expect(nearestStatedDate(dates, s.indexOf("recognised"), s)?.date).toBe("2019-02-04");
    const only = "Spain recognised Guaido after the ultimatum expired on Sunday.";
    expect(nearestStatedDate(resolveDates(only, "2019-02-07" as IsoDate), 6, only)?.date).toBe("2019-02-03");
  });

  it("never takes the day of others' act set against the verb's, even when it is the only one", () => {
    const s =
      "Uruguay has refused to recognise Guaidó, in contrast with its neighbours Argentina and Brazil, which did so on January 23.";
    const dates = resolveDates(s, "2019-02-08" as IsoDate);
    expect(nearestStatedDate(dates, s.indexOf("refused"), s)).toBeUndefined();
    expect(nearestStatedDate(dates, s.indexOf("did so"), s)?.date).toBe("2019-01-23");
  });

  it("counts a stated time apart from the only day, another event's", () => {
    const s = "Spain recognised Guaido, a day after the ultimatum expired on Sunday.";
    expect(nearestStatedDate(resolveDates(s, "2019-02-07" as IsoDate), 6, s)?.date).toBe("2019-02-04");
    const w = "Spain recognised Guaido a week after the EU ultimatum was issued on January 26.";
    expect(nearestStatedDate(resolveDates(w, "2019-02-07" as IsoDate), 6, w)?.date).toBe("2019-02-02");
  });

  it("never takes the day of a relative clause closed before the verb", () => {
    const s =
      "Asked whether he supported Juan Guaido, who declared himself interim president on Wednesday, Francis declined to take sides.";
    const dates = resolveDates(s, "2019-01-28" as IsoDate);
    expect(nearestStatedDate(dates, s.indexOf("declined"), s)).toBeUndefined();
    // …but takes one of the main clause after it
    const later = s.replace("declined", "on Sunday declined");
    const both = resolveDates(later, "2019-01-28" as IsoDate);
    expect(nearestStatedDate(both, later.indexOf("declined"), later)?.date).toBe("2019-01-27");
  });
});

describe("resolveDates: a month and day without a year after the story", () => {
  it("is ahead of the story when it is within two months, and last year's otherwise", () => {
    const november = "2019-11-27" as IsoDate;
    expect(resolveDates("He takes office on Dec. 10.", november)).toEqual([]);
    expect(resolveDates("Spain recognised him on December 28.", "2019-01-05" as IsoDate)[0].date).toBe(
      "2018-12-28",
    );
  });
});
