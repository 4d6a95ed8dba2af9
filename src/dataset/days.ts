import type { IsoDate } from "./schema";

const DAY_MS = 86_400_000;

/** Returns the number of a calendar day: whole days since 1970-01-01 (negative before it). */
export function dayNumber(date: IsoDate): number {
  return Math.round(Date.parse(date) / DAY_MS);
}

/** Returns the calendar day of a day number (see dayNumber). */
export function dayOfNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10) as IsoDate;
}

/** Returns the whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Returns the day `n` days after `date` (before it when negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return dayOfNumber(dayNumber(date) + n);
}
