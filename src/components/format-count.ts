const COUNT = new Intl.NumberFormat("en-GB");

/** Returns a count with thousands separated, "60,000". */
export function formatCount(n: number): string {
  return COUNT.format(n);
}
