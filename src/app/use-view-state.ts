import { useCallback, useEffect, useRef, useState } from "react";
import type { Overview } from "../dataset/parts";
import { parseViewState, serializeViewState, type DayRange, type ViewState } from "./view-state";

/**
 * How a change reaches history: "commit" adds an entry (Back returns to it), "scrub" replaces the current one,
 * "step" adds an entry unless another step came within STEP_BURST_MS (a run of arrow keys is one entry).
 */
export type HistoryMode = "commit" | "scrub" | "step";

const STEP_BURST_MS = 1000;

/**
 * Returns the view held in the URL and a setter. Discrete choices push a history entry, scrubbing replaces
 * the current one, and Back/Forward (popstate) restore the view. Invalid parameters are dropped from the URL.
 */
export function useViewState(overview: Overview, range: DayRange) {
  const [view, setView] = useState<ViewState>(() => parseViewState(window.location.search, overview, range));

  useEffect(() => {
    // write back the cleaned URL, so malformed parameters do not linger
    const clean = serializeViewState(view);
    if (clean !== window.location.search)
      window.history.replaceState(null, "", `${window.location.pathname}${clean}`);
    const onPop = () => setView(parseViewState(window.location.search, overview, range));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per dataset; `view` is only read on mount
  }, [overview, range.first, range.last]);

  const lastStep = useRef(-Infinity);
  const update = useCallback((patch: Partial<ViewState>, mode: HistoryMode = "commit") => {
    const now = performance.now();
    const push = mode === "commit" || (mode === "step" && now - lastStep.current > STEP_BURST_MS);
    // a step extends the burst; any other change ends it, so the next step starts a new entry
    lastStep.current = mode === "step" ? now : -Infinity;
    setView((prev) => {
      const next = { ...prev, ...patch };
      const url = `${window.location.pathname}${serializeViewState(next)}`;
      if (url !== `${window.location.pathname}${window.location.search}`) {
        if (push) window.history.pushState(null, "", url);
        else window.history.replaceState(null, "", url);
      }
      return next;
    });
  }, []);

  return [view, update] as const;
}
