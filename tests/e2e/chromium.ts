/**
 * How the project launches Chromium, for the browser tests and the benchmark alike: Debian's package (browsers
 * cannot be downloaded here), with flags that keep it off the network it cannot reach.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
