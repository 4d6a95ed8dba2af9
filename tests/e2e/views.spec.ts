import { readFile } from "node:fs/promises";
import { clickActor, expect, ready, test } from "./fixtures";

test.describe("sharing, tabs, chart and layout", () => {
  test("Share copies the link of the view and confirms; the page title names the view", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/?date=2019-01-28&actor=BLR");
    await ready(page);
    await expect(page).toHaveTitle("Belarus on 28 January 2019 — Stance Tracker");
    await page.getByRole("button", { name: "Share this view" }).click();
    await expect(page.getByText("Link copied")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).search).toBe("?date=2019-01-28&actor=BLR");
  });

  test.describe(() => {
    test.use({ javaScriptEnabled: false });
    test("before any JavaScript has run, the page shows the title, the dataset's question and that it is loading", async ({
      page,
      request,
    }) => {
      const { topic } = await (await request.get("/data/parts/overview.json")).json();
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stance Tracker");
      await expect(page.locator(".app-header .question")).toHaveText(topic.question);
      await expect(page.getByText("Loading the dataset…")).toBeVisible();
      // styled by the page itself, with no style sheet to wait for
      expect(await page.locator("link[rel=stylesheet]").count()).toBe(0);
      await expect(page.locator(".app-header")).toHaveCSS("display", "flex");
    });
  });

  test("the app's header is where the prerendered one painted, question and all", async ({
    page,
    browser,
    baseURL,
  }) => {
    const withoutScripts = await browser.newContext({
      javaScriptEnabled: false,
      viewport: page.viewportSize(),
    });
    const shell = await withoutScripts.newPage();
    await shell.goto(`${baseURL}/`);
    const painted = await shell.locator(".app-header .question").boundingBox();
    await withoutScripts.close();
    expect(painted).not.toBeNull();
    await page.goto("/");
    await ready(page);
    await expect(page.locator(".app-header")).toHaveCount(1);
    expect(await page.locator(".app-header .question").boundingBox()).toEqual(painted);
  });

  test("the footer offers the whole dataset as a download, and it is the dataset the page shows", async ({
    page,
  }) => {
    await page.goto("/");
    await ready(page);
    const footer = page.locator(".app-footer");
    await expect(footer).toContainText("5 articles · 169 stance observations · 30 quotes");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      footer.getByRole("link", { name: "Download the dataset (JSON)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("dataset.json");
    const dataset = JSON.parse(await readFile((await download.path())!, "utf8"));
    expect(dataset.schemaVersion).toBe(1);
    expect([dataset.articles.length, dataset.observations.length, dataset.quotes.length]).toEqual([
      5, 169, 30,
    ]);
  });

  test("the table lists every actor with its stance, sorts by a column, and selects an actor", async ({
    page,
  }) => {
    await page.goto("/?date=2019-01-28&tab=table");
    await expect(page).toHaveTitle(/^Table on 28 January 2019/);
    const rows = page.locator("table.actor-table tbody tr");
    await expect(rows.first()).toBeVisible();
    await expect(page.locator('tr[data-actor="FRA"]')).toHaveAttribute("data-stance", "conditional");
    // first by stance, in the legend's order, and actors with no position on the day at the end
    const stances = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-stance")));
    const legend = await page
      .locator(".legend [data-stance]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-stance")));
    const firstNone = stances.indexOf("none");
    expect(firstNone).toBeGreaterThan(0);
    expect(stances.slice(firstNone).every((s) => s === "none")).toBe(true);
    const ranks = stances.slice(0, firstNone).map((s) => legend.indexOf(s));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const header = page.getByRole("columnheader", { name: "Actor" });
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    const names = await rows.locator("th").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
    await page.locator('tr[data-actor="RUS"]').getByRole("button", { name: "Russia" }).click();
    await expect(page).toHaveURL(/tab=table.*actor=RUS|actor=RUS.*tab=table/);
  });

  test("the chart's code is prefetched at the reader's first input, and the chart drawn when it scrolls into view", async ({
    page,
  }) => {
    const chartFile = () =>
      page.evaluate(() => {
        const chart = performance.getEntriesByType("resource").find((e) => /StanceChart-/.test(e.name));
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        return (
          chart && {
            by: (chart as PerformanceResourceTiming).initiatorType,
            at: chart.startTime,
            load: nav.loadEventEnd,
          }
        );
      });
    await page.goto("/?date=2019-09-26");
    await ready(page);
    // the quotes beside the map have loaded and shown: the page is at rest, and nothing has fetched the chart's code
    await expect(page.locator(".quote-card").first()).toBeVisible();
    await page.waitForTimeout(500);
    expect(await chartFile()).toBeUndefined();
    // a key (that does nothing here): the prefetch starts, after the page's load
    await page.keyboard.press("Shift");
    await expect.poll(chartFile).toBeDefined();
    const timing = (await chartFile())!;
    expect(timing.by).toBe("link");
    expect(timing.at).toBeGreaterThanOrEqual(timing.load);
    // fetched, not drawn: the chart, below the first screen, waits
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await expect(page.locator(".stance-chart")).toHaveCount(0);
    await page.mouse.wheel(0, 600);
    await expect(page.locator(".stance-chart .recharts-surface")).toBeVisible();
  });

  test("clicking the chart sets the date", async ({ page }) => {
    await page.goto("/?date=2019-09-26");
    await ready(page);
    // the chart is drawn once the reader scrolls down to it
    await page.mouse.wheel(0, 600);
    const chart = page.locator(".stance-chart .recharts-surface");
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    // recharts tracks the pointer to know which day is under it; move, then click, as a user does
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2);
    await page.mouse.click(box.x + box.width * 0.1, box.y + box.height / 2);
    await expect(page).not.toHaveURL(/date=2019-09-26/);
    await expect(page).toHaveURL(/date=2019-01-2\d/);
  });

  test("on a phone, choosing a country brings its panel into view @phone", async ({ page }) => {
    await page.goto("/?date=2019-01-28");
    await ready(page);
    await clickActor(page, "BRA");
    const heading = page.getByRole("heading", { name: "Brazil", level: 2 });
    await expect(heading).toBeInViewport();
    await expect(heading).toBeFocused();
  });

  test("on a 360 px phone, no view is wider than the screen @phone", async ({ page }) => {
    // against the screen's width: a phone browser widens its layout viewport to content that does not fit
    const screen = page.viewportSize()!.width;
    const overflow = async () => (await page.evaluate(() => document.documentElement.scrollWidth)) - screen;
    for (const url of ["/?date=2019-01-28", "/?date=2019-01-28&tab=table", "/?actor=RUS"]) {
      await page.goto(url);
      await expect(page.locator(".world-map, table.actor-table").first()).toBeVisible();
      await expect(page.locator("text=Loading")).toHaveCount(0);
      expect(await overflow(), url).toBeLessThanOrEqual(0);
    }
  });
});
