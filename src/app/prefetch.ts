import { afterNextPaint } from "../components/after-paint";

/**
 * The code loaded on demand (the chart, the quote list, the table, the panels), which the build lists as prefetch
 * links inside this template (vite.config.ts, prefetchLazyChunks): inert there until the app starts them.
 */
export const PREFETCH_TEMPLATE_ID = "prefetch";

/** Inputs that show a reader at work on the page; the first of them starts the prefetches. */
const FIRST_INPUTS = ["pointerdown", "keydown", "wheel", "touchstart", "scroll"] as const;

/**
 * Starts the template's prefetches at the reader's first input (a press, a key, a scroll), once the page has
 * loaded: the code is then in the cache by the time it is needed, and evaluated only then. Not at load: on a slow
 * network its downloads would compete with the first view's data, and a reader who only looks at the map never
 * needs them. Not inside the input either: starting the downloads takes the browser a few milliseconds per link
 * (about 45 ms in all at 4x CPU throttling), which would delay the screen's answer to that input; they start once
 * that answer is painted. Returns how to stop waiting.
 */
export function prefetchOnFirstInput(): () => void {
  const template = document.getElementById(PREFETCH_TEMPLATE_ID);
  if (!(template instanceof HTMLTemplateElement)) return () => {};
  const prefetch = () => afterNextPaint(() => document.head.append(template.content.cloneNode(true)));
  const stop = () => {
    for (const type of FIRST_INPUTS) window.removeEventListener(type, onInput, { capture: true });
    window.removeEventListener("load", prefetch);
  };
  function onInput() {
    stop();
    if (document.readyState === "complete") prefetch();
    else window.addEventListener("load", prefetch, { once: true });
  }
  for (const type of FIRST_INPUTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  return stop;
}
