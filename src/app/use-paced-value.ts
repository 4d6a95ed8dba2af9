import { useEffect, useRef, useState } from "react";

/**
 * Returns `value`, paced while it changes in a burst (changes less than `gapMs` apart, as when an arrow key is
 * held down): then it follows at most every `everyMs`, and settles on the last value once the burst pauses. A
 * change after a pause passes at once. Lets the slider answer every key while the map redraws a few times a
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
    const wait = inBurst && now - lastShown.current < everyMs ? gapMs : 0;
    const timer = window.setTimeout(show, wait);
    return () => window.clearTimeout(timer);
  }, [value, gapMs, everyMs]);
  return paced;
}
