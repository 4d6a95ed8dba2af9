import type { Browser, Page } from "@playwright/test";

/** Latency of one kind of interaction: percentiles of the Event Timing durations of its repetitions. */
export interface InteractionStats {
  scenario: string;
  count: number;
  p50: number;
  p95: number;
  max: number;
  /** Interactions whose events all stayed under the API's 16 ms reporting threshold (counted as 16 ms). */
  under16: number;
}

export interface PlayStats {
  expectedSteps: number;
  visitedSteps: number;
  dropped: number;
  /** Mean and worst delay of a step beyond its schedule (PLAY_STEP_MS after the previous one). */
  meanLateMs: number;
  maxLateMs: number;
}

const THRESHOLD = 16;

/** The pause after each action of a scenario: back to back, as fast as the browser takes them. */
const BACK_TO_BACK_MS = 40;
/** A reader's pace for choosing countries one after another (double-click intervals are 150-500 ms). */
const READING_PACE_MS = 500;
/** How long a hand's pointer rests on a target before pressing (aimed movements settle for 100-300 ms). */
const POINTER_REST_MS = 150;

/** Collects Event Timing entries (the measure behind INP) from the first moment of every page. */
const OBSERVE = `
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId ?? 0 });
  }).observe({ type: "event", durationThreshold: ${THRESHOLD}, buffered: true });
`;

interface Entry {
  name: string;
  start: number;
  duration: number;
  id: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Runs `count` repetitions of an action, marking the time before each, and returns the latency of each:
 * the longest Event Timing entry that started in its window (16 ms when none crossed the threshold). With
 * `interactionsOnly`, as INP does, only entries of an interaction (keys, pointer down/up, click) count, not the
 * pointer moves a synthetic click sends just before it; hovering is measured by those moves. Actions follow each
 * other `gapMs` apart.
 */
async function measure(
  page: Page,
  scenario: string,
  count: number,
  action: (i: number) => Promise<void>,
  { interactionsOnly = true, gapMs = BACK_TO_BACK_MS } = {},
) {
  // Each action's window starts at a time taken here, in the page's clock (the page's time origin is on this
  // machine's clock). Asking the page for the time would wait until its main thread is free: every action would
  // then start just after a long task, never during one, and the long tasks would not show in the figures.
  const origin = await page.evaluate(() => performance.timeOrigin);
  const now = () => Date.now() - origin;
  const marks: number[] = [];
  for (let i = 0; i < count; i++) {
    marks.push(now());
    await action(i);
    await page.waitForTimeout(gapMs);
  }
  await page.waitForTimeout(400);
  await page.evaluate(() => undefined); // the page has handled every action
  marks.push(now());
  const entries = await page.evaluate(() => (window as unknown as { __events: Entry[] }).__events);
  const latencies: number[] = [];
  let under = 0;
  for (let i = 0; i < count; i++) {
    const inWindow = entries.filter(
      (e) => e.start >= marks[i] && e.start < marks[i + 1] && (!interactionsOnly || e.id !== 0),
    );
    if (inWindow.length === 0) under++;
    latencies.push(inWindow.length ? Math.max(...inWindow.map((e) => e.duration)) : THRESHOLD);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    scenario,
    count,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? 0,
    under16: under,
  } satisfies InteractionStats;
}

/** Points inside the map shapes of actors with a stance, found as a user's pointer would find them. */
async function shapePoints(page: Page, limit: number) {
  return page.evaluate((max) => {
    const out: { actor: string; x: number; y: number }[] = [];
    const shapes = [...document.querySelectorAll<SVGElement>(".world-map [data-actor]")].filter(
      (el) => el.dataset.stance !== "none",
    );
    for (const el of shapes) {
      const box = el.getBoundingClientRect();
      search: for (let i = 1; i < 10; i++)
        for (let j = 1; j < 10; j++) {
          const x = box.left + (box.width * i) / 10;
          const y = box.top + (box.height * j) / 10;
          if (document.elementFromPoint(x, y) === el) {
            out.push({ actor: el.dataset.actor!, x, y });
            break search;
          }
        }
      if (out.length >= max) break;
    }
    return out;
  }, limit);
}

/**
 * Opens the dashboard with the CPU slowed `throttle` times, ready once the map shows; with `afterLoad`, once
 * everything has loaded (the quotes too) and the page has been quiet a moment.
 */
async function openPage(browser: Browser, url: string, throttle: number, afterLoad = false) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.goto(url);
  await page.locator('.world-map [data-actor="RUS"]').waitFor({ timeout: 120_000 });
  if (afterLoad) {
    await page.getByText(/quotes, up to/).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(2000);
  } else await page.waitForTimeout(500);
  return { page, close: () => context.close() };
}

/**
 * Measures the dashboard's interactions at `origin` with the CPU slowed `throttle` times, starting half a
 * second after the map shows (while the rest may still load) or, with `afterLoad`, once everything has loaded.
 */
export async function measureInteractions(
  browser: Browser,
  origin: string,
  throttle: number,
  { afterLoad = false, repetitions = 50 } = {},
): Promise<InteractionStats[]> {
  const results: InteractionStats[] = [];

  let { page, close } = await openPage(browser, `${origin}/?date=earliest`, throttle, afterLoad);
  const slider = page.getByRole("slider", { name: "Selected date" });
  await slider.focus();
  results.push(
    await measure(page, "slider: arrow key steps a day", repetitions, (i) =>
      page.keyboard.press(i % 25 === 24 ? "Home" : "ArrowRight"),
    ),
  );
  results.push(
    await measure(page, "slider: PageUp to the next change", repetitions, (i) =>
      page.keyboard.press(i % 10 === 9 ? "Home" : "PageUp"),
    ),
  );
  await close();

  ({ page, close } = await openPage(browser, `${origin}/?date=latest`, throttle, afterLoad));
  const points = await shapePoints(page, repetitions);
  results.push(
    await measure(
      page,
      "map: hover a country",
      repetitions,
      (i) => page.mouse.move(points[i % points.length].x, points[i % points.length].y),
      { interactionsOnly: false },
    ),
  );
  const click = (i: number) => page.mouse.click(points[i % points.length].x, points[i % points.length].y);
  results.push(await measure(page, "map: click to select a country", repetitions, click));
  await close();

  // the same clicks at a reader's pace, on a fresh page (the countries' details not yet fetched)
  ({ page, close } = await openPage(browser, `${origin}/?date=latest`, throttle, afterLoad));
  results.push(
    await measure(page, `map: click a country, one per ${READING_PACE_MS} ms`, repetitions, click, {
      gapMs: READING_PACE_MS,
    }),
  );
  await close();

  // As a hand clicks: the pointer arrives, rests a moment, then presses. A scripted click moves and presses in the
  // same instant, so the browser handles the arrival (hit testing, hover, tooltip) in the press's own task and
  // counts it as the press's input delay; a reader's pointer arrives well before the press (hovering is measured
  // above). Fresh page, at a reader's pace.
  ({ page, close } = await openPage(browser, `${origin}/?date=latest`, throttle, afterLoad));
  results.push(
    await measure(
      page,
      `map: point at a country, then click, one per ${READING_PACE_MS} ms`,
      repetitions,
      async (i) => {
        await page.mouse.move(points[i % points.length].x, points[i % points.length].y);
        await page.waitForTimeout(POINTER_REST_MS);
        await page.mouse.down();
        await page.mouse.up();
      },
      { gapMs: READING_PACE_MS },
    ),
  );
  await close();

  ({ page, close } = await openPage(browser, `${origin}/?date=latest`, throttle, afterLoad));
  await page.getByLabel("Search quotes").click();
  const text = "russia maduro support guaido dialogue recognise us";
  results.push(
    await measure(page, "quotes: type in the search", repetitions, (i) =>
      i % 25 === 24
        ? page.keyboard.press("Control+A").then(() => page.keyboard.press("Backspace"))
        : page.keyboard.type(text[i % text.length]),
    ),
  );
  await close();
  return results;
}

/**
 * Plays through the change days and checks the slider visited each on schedule: returns how many steps it
 * made, how many it skipped, and how late steps came (`maxSteps` bounds the run on a large dataset).
 */
export async function measurePlay(
  browser: Browser,
  origin: string,
  throttle: number,
  changeDays: readonly string[],
  stepMs: number,
  maxSteps: number,
): Promise<PlayStats> {
  const { page, close } = await openPage(browser, `${origin}/?date=${changeDays[0]}`, throttle);
  await page.evaluate(() => {
    const w = window as unknown as { __steps: { day: string; t: number }[] };
    w.__steps = [];
    const slider = document.querySelector('[role="slider"]')!;
    new MutationObserver(() =>
      w.__steps.push({ day: slider.getAttribute("aria-valuetext")!, t: performance.now() }),
    ).observe(slider, { attributes: true, attributeFilter: ["aria-valuetext"] });
  });
  const expected = changeDays.slice(1, maxSteps + 1);
  await page.getByRole("button", { name: "Play through the changes" }).click();
  const started = await page.evaluate(() => performance.now());
  await page.waitForFunction(
    (n) => (window as unknown as { __steps: unknown[] }).__steps.length >= n,
    expected.length,
    { timeout: expected.length * stepMs * 3 + 10_000 },
  );
  const steps = await page.evaluate(
    () => (window as unknown as { __steps: { day: string; t: number }[] }).__steps,
  );
  await close();
  const visited = steps.slice(0, expected.length);
  const dropped = expected.filter((d) => !visited.some((s) => s.day === d)).length;
  const late = visited.map((s, i) => s.t - (i === 0 ? started : visited[i - 1].t) - stepMs);
  return {
    expectedSteps: expected.length,
    visitedSteps: visited.length,
    dropped,
    meanLateMs: Math.round(late.reduce((a, b) => a + b, 0) / Math.max(1, late.length)),
    maxLateMs: Math.round(Math.max(0, ...late)),
  };
}
