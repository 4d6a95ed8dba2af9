import type { IsoDate, Topic } from "../dataset/schema";
import { daysInWindow, isoDate, monthNumber, weekdayNumber, weekdayOf } from "./calendar";
import type { ParsedArticle } from "./parse-article";
import { matchesOf } from "./matches";

/** An article's publication day and how it was established. */
export interface Published {
  date: IsoDate | null;
  /** Human-readable basis ("front matter", "dateline + 'said on Monday'"), or why there is none. */
  basis: string;
}

/** Matches a weekday word used in running text ("on Monday", "said Thursday"). */
const WEEKDAY_WORD = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
/** Matches a year from 1990 to 2039 printed in the text. */
const YEAR = /\b(199\d|20[0-3]\d)\b/g;

/**
 * Returns the publication date: front matter wins, then a date printed with its year, then a dateline
 * without a year, whose year is inferred from weekday words that fall on that day, years printed in the
 * text, and the topic's window, in that order. Returns date null (never today, never a guess) when
 * no year can be established.
 */
export function resolvePublished(article: ParsedArticle, window: Topic["window"]): Published {
  const fm = article.frontMatter.published ?? article.frontMatter.date;
  if (fm) {
    const d = readDate(fm);
    if (d) return { date: d, basis: "front matter" };
  }
  const printed = article.printedDate;
  if (!printed) return { date: null, basis: "no date in the text or its front matter" };
  if (printed.year !== null) {
    const d = isoDate(printed.year, printed.month, printed.day);
    return d
      ? { date: d, basis: `printed date "${printed.raw}"` }
      : { date: null, basis: `impossible date "${printed.raw}"` };
  }

  const startYear = Number(window.start.slice(0, 4));
  const endYear = Number(window.end.slice(0, 4));
  const candidates: IsoDate[] = [];
  for (let y = startYear - 1; y <= endYear + 1; y++) {
    const d = isoDate(y, printed.month, printed.day);
    if (d) candidates.push(d);
  }
  const inWindow = daysInWindow(window, printed.month, printed.day);
  // weekday words choose among the years of the window; outside it only when the window holds no such day
  const pool = inWindow.length ? inWindow : candidates;

  // weekday words: a story dated D usually says "said on <weekday of D>"
  const weekdays = matchesOf(WEEKDAY_WORD, article.text).map((m) => weekdayNumber(m[1])!);
  if (weekdays.length && pool.length > 1) {
    const score = (d: IsoDate) => weekdays.filter((w) => w === weekdayOf(d)).length;
    const best = Math.max(...pool.map(score));
    const winners = pool.filter((d) => score(d) === best);
    if (best > 0 && winners.length === 1) {
      const day = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][
        weekdayOf(winners[0])
      ];
      return { date: winners[0], basis: `dateline "${printed.raw}" + year from "${day}" in the text` };
    }
  }
  const years = new Set(matchesOf(YEAR, article.text).map((m) => Number(m[1])));
  const byYear = inWindow.filter((d) => years.has(Number(d.slice(0, 4))));
  if (byYear.length === 1)
    return { date: byYear[0], basis: `dateline "${printed.raw}" + year printed in the text` };
  if (inWindow.length === 1) {
    const agrees = weekdays.includes(weekdayOf(inWindow[0])) ? `, agreeing with a weekday in the text` : "";
    return { date: inWindow[0], basis: `dateline "${printed.raw}" + the topic's time window${agrees}` };
  }
  return { date: null, basis: `dateline "${printed.raw}" has no year and none could be inferred` };
}

function readDate(s: string): IsoDate | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})/.exec(s);
  if (dmy && monthNumber(dmy[2])) return isoDate(Number(dmy[3]), monthNumber(dmy[2])!, Number(dmy[1]));
  const mdy = /([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s);
  if (mdy && monthNumber(mdy[1])) return isoDate(Number(mdy[3]), monthNumber(mdy[1])!, Number(mdy[2]));
  return undefined;
}
