/**
 * The code loaded on demand (the chart, the quote list, the table, the panels), which the build lists as prefetch
 * links inside this template (vite.config.ts, prefetchLazyChunks): inert there, so its downloads do not compete
 * with the first view's files.
 */
export const PREFETCH_TEMPLATE_ID = "prefetch";

/**
 * Starts the template's prefetches once the page has loaded and the browser is idle. The files are then in the cache
 * when first needed, and evaluated only then. Returns how to cancel (while it has not started).
 */
export function prefetchWhenLoaded(): () => void {
  const template = document.getElementById(PREFETCH_TEMPLATE_ID);
  if (!(template instanceof HTMLTemplateElement)) return () => {};
  let cancel = () => window.removeEventListener("load", whenIdle);
  const start = () => document.head.append(template.content.cloneNode(true));
  function whenIdle() {
    // Safari has no requestIdleCallback
    if (typeof requestIdleCallback === "function") {
      const idle = window.requestIdleCallback(start, { timeout: 3000 });
      cancel = () => window.cancelIdleCallback(idle);
    } else {
      const timer = window.setTimeout(start, 500);
      cancel = () => window.clearTimeout(timer);
    }
  }
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
  return () => cancel();
}
