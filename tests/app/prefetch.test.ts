// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { PREFETCH_TEMPLATE_ID, prefetchWhenLoaded } from "../../src/app/prefetch";

const LINK = '<link rel="prefetch" href="/assets/StanceChart-x.js" as="script" crossorigin="anonymous">';

/** Puts the build's template in the page and stubs the document's state and the idle callback. */
function page(
  readyState: DocumentReadyState,
  template = `<template id="${PREFETCH_TEMPLATE_ID}">${LINK}</template>`,
) {
  document.head.innerHTML = "";
  document.body.innerHTML = template;
  vi.spyOn(document, "readyState", "get").mockReturnValue(readyState);
  const idle: IdleRequestCallback[] = [];
  vi.stubGlobal("requestIdleCallback", (cb: IdleRequestCallback) => idle.push(cb));
  vi.stubGlobal("cancelIdleCallback", (id: number) => idle.splice(id - 1, 1));
  const runIdle = () => idle.splice(0).forEach((cb) => cb({ didTimeout: false, timeRemaining: () => 50 }));
  const prefetches = () =>
    [...document.head.querySelectorAll('link[rel="prefetch"]')].map((l) => l.getAttribute("href"));
  return { runIdle, prefetches };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("prefetchWhenLoaded()", () => {
  it("starts the template's prefetches once the page has loaded and is idle, not before", () => {
    const { runIdle, prefetches } = page("interactive");
    prefetchWhenLoaded();
    runIdle();
    expect(prefetches()).toEqual([]);
    window.dispatchEvent(new Event("load"));
    expect(prefetches()).toEqual([]);
    runIdle();
    expect(prefetches()).toEqual(["/assets/StanceChart-x.js"]);
  });

  it("waits only for idle when the page has already loaded", () => {
    const { runIdle, prefetches } = page("complete");
    prefetchWhenLoaded();
    expect(prefetches()).toEqual([]);
    runIdle();
    expect(prefetches()).toEqual(["/assets/StanceChart-x.js"]);
  });

  it("can be cancelled before it starts", () => {
    const { runIdle, prefetches } = page("interactive");
    const cancel = prefetchWhenLoaded();
    window.dispatchEvent(new Event("load"));
    cancel();
    runIdle();
    expect(prefetches()).toEqual([]);
  });

  it("does nothing on a page without the template (the dev server's)", () => {
    const { runIdle, prefetches } = page("complete", "");
    prefetchWhenLoaded();
    runIdle();
    expect(prefetches()).toEqual([]);
  });
});
