import { useEffect, useRef, useState } from "react";
import { afterNextPaint } from "./after-next-paint";

/**
 * Returns `value`, paced while it changes in a burst (changes less than `gapMs` apart, as when an arrow key is
 * held down): then it follows at most every `everyMs`, and settles on the last value once the burst pauses. A
 * change after a pause passes once the next frame has painted. Lets the slider answer every key while the map redraws a few times a
 * second rather than for every day it passes.
 */
export function usePacedValue<T>(value: T, gapMs: number, everyMs: number): T {
  const [paced, setPaced] = useState(value);
  const lastChange = useRef(-Infinity);
  const lastShown = useRef(-Infinity);
  useEffect(() => {
    const now = performance.now();
    const inBurst = now - lastChange.current < gapMs;
    lastChange.current = now;
    const show = () => {
      lastShown.current = performance.now();
      setPaced(value);
    };
    if (!inBurst || now - lastShown.current >= everyMs) return afterNextPaint(show);
    const timer = window.setTimeout(show, gapMs);
    return () => window.clearTimeout(timer);
  }, [value, gapMs, everyMs]);
  return paced;
}
