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

// Intl formatting costs microseconds per call and a render formats the same few days many times over.
const cache = new Map<string, string>();
function cached(key: string, format: () => string): string {
  let s = cache.get(key);
  if (s === undefined) cache.set(key, (s = format()));
  return s;
}

/** Returns a day in words, "28 January 2019"; with `weekday`, "Monday, 28 January 2019". */
export function formatDate(date: IsoDate, weekday = false): string {
  return cached(`${weekday ? "w" : "l"}${date}`, () => {
    const d = new Date(`${date}T00:00:00Z`);
    return weekday ? `${WEEKDAY.format(d)}, ${LONG.format(d)}` : LONG.format(d);
  });
}

/** Returns a day in short words, "28 Jan 2019". */
export function formatShortDate(date: IsoDate): string {
  return cached(`s${date}`, () => SHORT.format(new Date(`${date}T00:00:00Z`)));
}
