import { useCallback, useEffect, useRef, useState } from "react";
import { afterNextPaint } from "../components/after-paint";
import type { Overview } from "../dataset/parts";
import { parseViewState, serializeViewState, type DayRange, type ViewState } from "./view-state";

/**
 * How a change reaches history: "commit" adds an entry (Back returns to it), "scrub" replaces the current one,
 * "step" adds an entry unless another step came within STEP_BURST_MS (a run of arrow keys is one entry).
 */
export type HistoryMode = "commit" | "scrub" | "step";

const STEP_BURST_MS = 1000;
/**
 * Replacements of the current entry (scrubbing, held keys, play) reach the URL at most this often. Browsers limit
 * the history API (Safari throws after 100 calls in 30 s; Chromium ignores calls past its own limit), and Chromium
 * fetches the page's icon again after every call.
 */
export const REPLACE_EVERY_MS = 500;

/** Calls the history API, returning false where the browser refuses (its rate limit): the URL then lags the view. */
function tryHistory(write: () => void) {
  try {
    write();
    return true;
  } catch {
    return false;
  }
}

/** The address of `view` on this page, as the history API takes it. */
export const urlOf = (view: ViewState) => `${window.location.pathname}${serializeViewState(view)}`;
const currentUrl = () => `${window.location.pathname}${window.location.search}`;

/**
 * Writes URLs to history: a push just after the next paint, replacements of the current entry at most every
 * REPLACE_EVERY_MS. Writes keep their order: a push waiting for its frame takes later replacements as its URL, and
 * is written before anything else is.
 */
function createUrlWriter() {
  /** The URL a replacement is waiting to write, and its timer. */
  let pending: { url: string; timer: number } | null = null;
  /** The URL a push is waiting to write, and how to stop the wait. */
  let pushing: { url: string; stop: () => void } | null = null;
  const later = (url: string) => (pending = { url, timer: window.setTimeout(flush, REPLACE_EVERY_MS) });
  function writePush() {
    const waiting = pushing;
    if (!waiting) return;
    waiting.stop();
    pushing = null;
    if (waiting.url !== currentUrl() && !tryHistory(() => window.history.pushState(null, "", waiting.url)))
      later(waiting.url);
  }
  function flush() {
    writePush();
    const waiting = pending;
    if (!waiting) return;
    window.clearTimeout(waiting.timer);
    pending = null;
    if (waiting.url !== currentUrl() && !tryHistory(() => window.history.replaceState(null, "", waiting.url)))
      later(waiting.url);
  }
  return {
    flush,
    push(url: string) {
      flush(); // the entry being left keeps the last view it showed
      // a history call costs the browser a few milliseconds (four times that on a slow phone), which a click or key
      // should not spend before the screen answers it
      pushing = { url, stop: afterNextPaint(writePush) };
    },
    replace(url: string) {
      if (pushing) pushing.url = url;
      else if (pending) pending.url = url;
      else if (url !== currentUrl()) later(url);
    },
    /** Drops waiting writes (Back or Forward has moved to another entry). */
    cancel() {
      pushing?.stop();
      pushing = null;
      if (pending) window.clearTimeout(pending.timer);
      pending = null;
    },
  };
}

/**
 * Returns the view held in the URL and a setter. Discrete choices push a history entry just after the next paint,
 * scrubbing replaces the current one (at most every REPLACE_EVERY_MS, the last change always written), and
 * Back/Forward (popstate) restore the view. Invalid parameters are dropped from the URL.
 */
export function useViewState(overview: Overview, range: DayRange) {
  const [view, setView] = useState<ViewState>(() => parseViewState(window.location.search, overview, range));
  const [writer] = useState(createUrlWriter);
  const latest = useRef(view);
  const lastStep = useRef(-Infinity);

  useEffect(() => {
    // write back the cleaned URL, so malformed parameters do not linger
    const clean = urlOf(latest.current);
    if (clean !== currentUrl()) window.history.replaceState(null, "", clean);
    const onPop = () => {
      writer.cancel();
      latest.current = parseViewState(window.location.search, overview, range);
      setView(latest.current);
    };
    window.addEventListener("popstate", onPop);
    window.addEventListener("pagehide", writer.flush);
    return () => {
      writer.flush();
      window.removeEventListener("popstate", onPop);
      window.removeEventListener("pagehide", writer.flush);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per dataset
  }, [overview, range.first, range.last, writer]);

  const update = useCallback(
    (patch: Partial<ViewState>, mode: HistoryMode = "commit") => {
      const now = performance.now();
      const push = mode === "commit" || (mode === "step" && now - lastStep.current > STEP_BURST_MS);
      // a step extends the burst; any other change ends it, so the next step starts a new entry
      lastStep.current = mode === "step" ? now : -Infinity;
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setView(next);
      if (push) writer.push(urlOf(next));
      else writer.replace(urlOf(next));
    },
    [writer],
  );

  return [view, update] as const;
}
