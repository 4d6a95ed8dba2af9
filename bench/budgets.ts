/**
 * Byte budgets of the built site, checked by `npm test` after the build: these figures are deterministic,
 * unlike timings, which the benchmark reports but no test asserts.
 *
 *   npm run budgets            (after npm run build)
 */
import { kb, siteBytes } from "./bytes";

export const BUDGETS = {
  /** Initial JS + CSS, gzip: the page itself (its style sheet is inline), and the scripts and sheets it loads. */
  initialGzip: 150_000,
  /** Initial HTML, JS and CSS + the data the first view waits for (the overview part) + the countries' outlines, gzip. */
  firstViewGzip: 300_000,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const bytes = siteBytes("dist");
  const rows = [
    ["initial JS + CSS (with index.html, which holds the CSS)", bytes.initialTotal.gzip, BUDGETS.initialGzip],
    ["first view (JS, CSS, data, map outlines)", bytes.firstViewTotal.gzip, BUDGETS.firstViewGzip],
  ] as const;
  let failed = false;
  for (const [what, actual, budget] of rows) {
    const ok = actual <= budget;
    failed ||= !ok;
    console.log(`${ok ? "ok  " : "OVER"} ${what}: ${kb(actual)} gzip (budget ${kb(budget)})`);
  }
  for (const f of bytes.lazy) console.log(`     lazy ${f.file}: ${kb(f.gzip)} gzip`);
  if (failed) {
    console.error("budgets: the build is over its byte budget");
    process.exit(1);
  }
}
