import { addDays } from "../dataset/days";
import type { IsoDate } from "../dataset/schema";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** Matches an English month name or its abbreviation ("January", "Jan", "Jan.", "Sept"), also in capitals as wire
 * copy and headlines print them ("FEB 5", "JANUARY 24"). */
export const MONTH_PATTERN =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\\.?";
/** Matches an English weekday name or its abbreviation ("Monday", "Mon"), or its whole name in capitals ("MONDAY"). */
export const WEEKDAY_PATTERN =
  "(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)";

/** Returns the month number 1–12 of a month name or abbreviation, or undefined. */
export function monthNumber(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i >= 0 ? i + 1 : undefined;
}

/** Returns the weekday 0 (Sunday) – 6 of a weekday name or abbreviation, or undefined. */
export function weekdayNumber(name: string): number | undefined {
  const key = name.slice(0, 3).toLowerCase();
  const i = WEEKDAYS.findIndex((w) => w.startsWith(key));
  return i >= 0 ? i : undefined;
}

/** Returns the ISO date of a calendar day, or undefined when the day does not exist (30 February). */
export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return d.toISOString().slice(0, 10) as IsoDate;
}

/** Returns the days of this month and day that fall inside a window of dates, earliest first. */
export function daysInWindow(
  window: { start: IsoDate; end: IsoDate },
  month: number,
  day: number,
): IsoDate[] {
  const days: IsoDate[] = [];
  for (let y = Number(window.start.slice(0, 4)); y <= Number(window.end.slice(0, 4)); y++) {
    const d = isoDate(y, month, day);
    if (d && d >= window.start && d <= window.end) days.push(d);
  }
  return days;
}

/** Returns the weekday 0 (Sunday) – 6 of an ISO date. */
export function weekdayOf(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Returns the latest day on or before `date` that falls on `weekday` (the same day when it matches). */
export function weekdayOnOrBefore(date: IsoDate, weekday: number): IsoDate {
  return addDays(date, -((weekdayOf(date) - weekday + 7) % 7));
}
