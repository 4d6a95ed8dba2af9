/**
 * Runs `fn` once the browser has painted the next frame: a task queued from an animation frame callback runs
 * after that frame's paint. Lets the answer to an input (the slider's thumb, the pressed shape) reach the
 * screen before the heavier render it starts. Returns a cancel function.
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
