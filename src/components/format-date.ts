import type { IsoDate } from "../dataset/schema";

const LONG = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });
const SHORT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** Returns a day in words, "28 January 2019"; with `weekday`, "Monday, 28 January 2019". */
export function formatDate(date: IsoDate, weekday = false): string {
  const d = new Date(`${date}T00:00:00Z`);
  return weekday ? `${WEEKDAY.format(d)}, ${LONG.format(d)}` : LONG.format(d);
}

/** Returns a day in short words, "28 Jan 2019". */
export function formatShortDate(date: IsoDate): string {
  return SHORT.format(new Date(`${date}T00:00:00Z`));
}
