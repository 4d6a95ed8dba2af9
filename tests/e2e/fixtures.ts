import { test as base, expect, type Page } from "@playwright/test";

/**
 * A page that fails its test on any console error or warning, any uncaught exception, and any request to a
 * host other than the site itself (no CDN, no tracker: everything ships with the app).
 */
export const test = base.extend<{ page: Page; allowConsoleErrors: RegExp[] }>({
  allowConsoleErrors: [[], { option: true }],
  page: async ({ page, baseURL, allowConsoleErrors }, provide) => {
    const problems: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on("console", (m) => {
      if (
        (m.type() === "error" || m.type() === "warning") &&
        !allowConsoleErrors.some((re) => re.test(m.text()))
      )
        problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("request", (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))
        problems.push(`request left the site: ${url}`);
    });
    await provide(page);
    expect(problems, "console errors and outside requests").toEqual([]);
  },
});

export { expect };

/** Returns the data-stance of an actor's shape on the map. */
export async function stanceOf(page: Page, actor: string): Promise<string | null> {
  return page.locator(`.world-map [data-actor="${actor}"]`).first().getAttribute("data-stance");
}

/** Waits until the dashboard has rendered its map. */
export async function ready(page: Page) {
  await expect(page.locator('.world-map [data-actor="RUS"]')).toBeVisible();
}

/**
 * Scrolls to the quote list as a reader would. The list renders only once its place comes near the viewport,
 * and a country's panel above it (over 2,000 px for Russia) can push it far below: whether it rendered by itself
 * would depend on which arrived first.
 */
export async function showQuotes(page: Page) {
  await page.locator(".quotes-place").scrollIntoViewIfNeeded();
}

/**
 * Clicks a country on the map the way a user would: at a point inside its shape. (The centre of a shape's
 * bounding box can fall outside it, e.g. Russia's.) Finds such a point by sampling the box.
 */
export async function clickActor(page: Page, actor: string) {
  const shape = page.locator(`.world-map [data-actor="${actor}"]`).first();
  await shape.scrollIntoViewIfNeeded();
  const point = await shape.evaluate((el) => {
    const box = el.getBoundingClientRect();
    for (let i = 1; i < 20; i++)
      for (let j = 1; j < 20; j++) {
        const x = box.left + (box.width * i) / 20;
        const y = box.top + (box.height * j) / 20;
        if (document.elementFromPoint(x, y) === el) return { x, y };
      }
    return null;
  });
  if (!point) throw new Error(`no visible point inside ${actor}'s shape`);
  await page.mouse.click(point.x, point.y);
}
