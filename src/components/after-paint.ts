import { useEffect, useState } from "react";

/** Runs `f` once the browser has painted the next frame; returns a function that cancels it. */
export function afterNextPaint(f: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => (timer = window.setTimeout(f, 0)));
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * Returns false until the frame in which the component first appeared has been painted, then true: for a part
 * that can come a frame late, so that its first layout is not added to the page's.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted;
}
