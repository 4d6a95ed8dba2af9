// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { PREFETCH_TEMPLATE_ID, prefetchOnFirstInput } from "../../src/app/prefetch";

const LINK = '<link rel="prefetch" href="/assets/StanceChart-x.js" as="script" crossorigin="anonymous">';

/** Puts the build's template in the page and stubs the document's state; returns the prefetches started. */
function page(
  readyState: DocumentReadyState,
  template = `<template id="${PREFETCH_TEMPLATE_ID}">${LINK}</template>`,
) {
  document.head.innerHTML = "";
  document.body.innerHTML = template;
  const state = vi.spyOn(document, "readyState", "get").mockReturnValue(readyState);
  const prefetches = () =>
    [...document.head.querySelectorAll('link[rel="prefetch"]')].map((l) => l.getAttribute("href"));
  return { prefetches, loaded: () => state.mockReturnValue("complete") };
}

afterEach(() => vi.restoreAllMocks());

/** Waits for a frame to be painted and the task after it, when the prefetches start. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)));

describe("prefetchOnFirstInput()", () => {
  it("starts the template's prefetches at the reader's first input, once the screen's answer is painted", async () => {
    const { prefetches } = page("complete");
    const stop = prefetchOnFirstInput();
    expect(prefetches()).toEqual([]);
    document.body.dispatchEvent(new Event("pointerdown", { bubbles: true }));
    expect(prefetches()).toEqual([]); // not inside the input's handling
    await painted();
    expect(prefetches()).toEqual(["/assets/StanceChart-x.js"]);
    window.dispatchEvent(new Event("keydown"));
    await painted();
    expect(prefetches()).toHaveLength(1);
    stop();
  });

  it("counts a scroll inside the page (which does not bubble) as an input", async () => {
    const { prefetches } = page("complete");
    const stop = prefetchOnFirstInput();
    document.body.dispatchEvent(new Event("scroll"));
    await painted();
    expect(prefetches()).toEqual(["/assets/StanceChart-x.js"]);
    stop();
  });

  it("waits for the page's load when the input comes before it", async () => {
    const { prefetches, loaded } = page("interactive");
    const stop = prefetchOnFirstInput();
    window.dispatchEvent(new Event("wheel"));
    await painted();
    expect(prefetches()).toEqual([]);
    loaded();
    window.dispatchEvent(new Event("load"));
    await painted();
    expect(prefetches()).toEqual(["/assets/StanceChart-x.js"]);
    stop();
  });

  it("does nothing after it is stopped, or on a page without the template (the dev server's)", async () => {
    const first = page("complete");
    prefetchOnFirstInput()();
    window.dispatchEvent(new Event("keydown"));
    await painted();
    expect(first.prefetches()).toEqual([]);
    const second = page("complete", "");
    const stop = prefetchOnFirstInput();
    window.dispatchEvent(new Event("keydown"));
    await painted();
    expect(second.prefetches()).toEqual([]);
    stop();
  });
});
