import { clickActor, expect, ready, showQuotes, test } from "./fixtures";

test.describe("date slider, permalinks and history", () => {
  test("moves by keyboard: Home, PageUp to the next change, arrows by a day, End", async ({ page }) => {
    await page.goto("/");
    await ready(page);
    const slider = page.getByRole("slider", { name: "Selected date" });
    await slider.focus();
    await page.keyboard.press("Home");
    await expect(slider).toHaveAttribute("aria-valuetext", "2019-01-25");
    await page.keyboard.press("PageUp");
    await expect(slider).toHaveAttribute("aria-valuetext", "2019-01-26");
    await page.keyboard.press("ArrowRight");
    await expect(slider).toHaveAttribute("aria-valuetext", "2019-01-27");
    await page.keyboard.press("PageUp");
    await expect(slider).toHaveAttribute("aria-valuetext", "2019-01-28");
    await page.keyboard.press("PageDown");
    await expect(slider).toHaveAttribute("aria-valuetext", "2019-01-26");
    // the day's changes follow the slider once the keys stop, as the map does
    await expect(page.getByRole("heading", { name: "What changed on 26 January 2019" })).toBeVisible();
    await expect(page.locator(".changes li").first()).toContainText(/→|first reported/);
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("heading", { name: "What changed on 27 January 2019" })).toBeVisible();
    await expect(page.locator(".changes")).toContainText("No stance changed on this day.");
    await page.keyboard.press("End");
    await expect(slider).toHaveAttribute("aria-valuetext", "2019-09-26");
    await expect(page).toHaveURL(/date=2019-09-26/);
  });

  test("a date typed in the date field moves the page to that day, kept within the dataset's days", async ({
    page,
  }) => {
    await page.goto("/");
    await ready(page);
    const slider = page.getByRole("slider", { name: "Selected date" });
    const field = page.getByLabel("Type a date");
    await field.fill("2019-02-04");
    await expect(slider).toHaveAttribute("aria-valuetext", "2019-02-04");
    await expect(page).toHaveURL(/date=2019-02-04/);
    await expect(page.getByRole("heading", { name: "What changed on 4 February 2019" })).toBeVisible();
    await field.fill("2018-12-01");
    await expect(slider).toHaveAttribute("aria-valuetext", "2019-01-25");
    await expect(field).toHaveValue("2019-01-25");
  });

  test("the date field's calendar button, drawn by the page's CSS, opens the browser's date picker", async ({
    page,
  }) => {
    await page.goto("/");
    await ready(page);
    const field = page.getByLabel("Type a date");
    const box = (await field.boundingBox())!;
    expect(await field.evaluate((input) => input.matches(":open"))).toBe(false);
    // the button sits at the field's inner end
    await page.mouse.click(box.x + box.width - 14, box.y + box.height / 2);
    await expect.poll(() => field.evaluate((input) => input.matches(":open"))).toBe(true);
  });

  test("play steps through the change days and pause stops", async ({ page }) => {
    await page.goto("/?date=earliest");
    await ready(page);
    const slider = page.getByRole("slider", { name: "Selected date" });
    await expect(slider).toHaveAttribute("aria-valuetext", "2019-01-25");
    await page.getByRole("button", { name: "Play through the changes" }).click();
    await expect(slider).toHaveAttribute("aria-valuetext", "2019-01-26", { timeout: 3000 });
    await expect(slider).toHaveAttribute("aria-valuetext", "2019-01-28", { timeout: 3000 });
    await page.getByRole("button", { name: "Pause" }).click();
    const stopped = await slider.getAttribute("aria-valuetext");
    await page.waitForTimeout(1500);
    await expect(slider).toHaveAttribute("aria-valuetext", stopped!);
  });

  test("a permalink opened in a fresh browser restores the whole view", async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto("/?date=2019-02-05&actor=FRA&tab=table&q=peskov");
    await ready(page).catch(() => undefined);
    const url = page.url();
    const fresh = await browser.newContext({ baseURL });
    const other = await fresh.newPage();
    await other.goto(url);
    await showQuotes(other);
    await expect(other.getByRole("slider", { name: "Selected date" })).toHaveAttribute(
      "aria-valuetext",
      "2019-02-05",
    );
    await expect(other.getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
    await expect(other.locator('tr[data-actor="FRA"]')).toHaveAttribute("data-stance", "guaido");
    await expect(other.getByRole("heading", { name: "France", level: 2 })).toBeVisible();
    await expect(other.getByLabel("Search quotes")).toHaveValue("peskov");
    await expect(other).toHaveTitle(/France on 5 February 2019/);
    await fresh.close();
  });

  test("Back and Forward step through selections", async ({ page }) => {
    await page.goto("/?date=2019-01-28");
    await ready(page);
    await clickActor(page, "RUS");
    await expect(page.getByRole("heading", { name: "Russia", level: 2 })).toBeVisible();
    await clickActor(page, "CHN");
    await expect(page.getByRole("heading", { name: "China", level: 2 })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("heading", { name: "Russia", level: 2 })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("heading", { name: "Russia", level: 2 })).toHaveCount(0);
    await page.goForward();
    await expect(page.getByRole("heading", { name: "Russia", level: 2 })).toBeVisible();
  });

  test("a run of arrow keys on the slider is one history entry, not one per day", async ({ page }) => {
    await page.goto("/?date=2019-01-25");
    await ready(page);
    await page.getByRole("button", { name: "Next change" }).click();
    await expect(page).toHaveURL(/date=2019-01-26/);
    const slider = page.getByRole("slider", { name: "Selected date" });
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/date=2019-01-31/);
    await page.goBack();
    await expect(page).toHaveURL(/date=2019-01-26/);
    await page.goBack();
    await expect(page).toHaveURL(/date=2019-01-25/);
  });

  test("malformed URL parameters fall back to the default view without an error", async ({ page }) => {
    await page.goto("/?date=2019-13-45&actor=<script>&stance=purple&tab=nope&article=missing&quote=x");
    await ready(page);
    await expect(page.getByRole("slider", { name: "Selected date" })).toHaveAttribute(
      "aria-valuetext",
      "2019-09-26",
    );
    await expect(page.getByRole("tab", { name: "Map" })).toHaveAttribute("aria-selected", "true");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("an unknown quote in a known article is dropped, and the article stays open", async ({ page }) => {
    await page.goto("/?article=000_7d23326bbc1211cd&quote=nope");
    await expect(page.getByRole("dialog")).toBeVisible();
    await expect(page).not.toHaveURL(/quote=/);
    await expect(page).toHaveURL(/article=000_7d23326bbc1211cd/);
  });

  test.describe(() => {
    // the browser logs the failed request itself; that one console error is the point of this test
    test.use({ allowConsoleErrors: [/status of 500/] });
    test("a failed data load shows an error with Retry, which recovers", async ({ page }) => {
      let fail = true;
      await page.route("**/data/parts/overview.json", (route) =>
        fail ? route.fulfill({ status: 500, body: "down" }) : route.continue(),
      );
      await page.goto("/");
      await expect(page.getByRole("alert")).toContainText("could not be loaded");
      // the header the page painted first stays, question and all
      await expect(page.locator(".app-header .question")).toContainText("Who recognises whom");
      fail = false;
      await page.getByRole("button", { name: "Retry" }).click();
      await ready(page);
    });
  });

  test.describe(() => {
    test.use({ allowConsoleErrors: [/status of 503/] });
    test("a failed map load shows an error over the map with Retry, and the rest of the page works", async ({
      page,
    }) => {
      let fail = true;
      await page.route("**/assets/world-paths-*.json", (route) =>
        fail ? route.fulfill({ status: 503, body: "busy" }) : route.continue(),
      );
      await page.goto("/?date=2019-01-28");
      await expect(page.locator(".world-map").getByRole("alert")).toContainText(
        "world map could not be loaded",
      );
      await expect(page.getByRole("slider", { name: "Selected date" })).toHaveAttribute(
        "aria-valuetext",
        "2019-01-28",
      );
      fail = false;
      await page.locator(".world-map").getByRole("button", { name: "Retry" }).click();
      await ready(page);
    });
  });

  test.describe(() => {
    test.use({ allowConsoleErrors: [/status of 500/] });
    test("failed loads of the quotes and of a country's evidence show an error with Retry where they belong", async ({
      page,
    }) => {
      let fail = true;
      await page.route(/\/data\/parts\/(quotes\/0|actors\/RUS)\.json$/, (route) =>
        fail ? route.fulfill({ status: 500, body: "down" }) : route.continue(),
      );
      await page.goto("/?actor=RUS");
      await ready(page);
      await showQuotes(page);
      const quotes = page.getByRole("region", { name: "Quotes" });
      const panel = page.getByRole("region", { name: "Russia" });
      await expect(quotes.getByRole("alert")).toContainText("The quotes file could not be loaded (HTTP 500)");
      await expect(panel.getByRole("alert")).toContainText("The evidence for RUS could not be loaded");
      await expect(panel).toContainText("History"); // the stance history comes with the first view
      fail = false;
      await quotes.getByRole("button", { name: "Retry" }).click();
      await expect(quotes).toContainText("quotes, up to");
      await panel.getByRole("button", { name: "Retry" }).click();
      await expect(panel.locator(".evidence blockquote").first()).toBeVisible();
    });
  });

  test.describe(() => {
    test.use({ allowConsoleErrors: [/ERR_FAILED|dynamically imported module|StanceChart/] });
    test("a part whose code fails to download shows an error with Retry in its place, and the page stays", async ({
      page,
    }) => {
      let fail = true;
      await page.route(/StanceChart-[^/]*\.js$/, (route) => (fail ? route.abort() : route.continue()));
      await page.goto("/?date=2019-09-26");
      await ready(page);
      await page.mouse.wheel(0, 800);
      await expect(page.getByRole("alert")).toContainText("The chart could not be loaded.");
      await expect(page.locator('.world-map [data-actor="RUS"]')).toBeVisible(); // the rest of the page stays
      fail = false;
      await page.getByRole("alert").getByRole("button", { name: "Retry" }).click();
      await expect(page.locator(".stance-chart .recharts-surface")).toBeVisible();
      await expect(page.getByRole("alert")).toHaveCount(0);
    });
  });

  test("an invalid quote is reported with where it is, and the rest of the page works", async ({ page }) => {
    await page.route("**/data/parts/quotes/0.json", async (route) => {
      const part = await (await route.fetch()).json();
      part.quotes[3].speaker = null;
      await route.fulfill({ json: part });
    });
    await page.goto("/?date=2019-01-28");
    await ready(page);
    await expect(page.getByRole("region", { name: "Quotes" }).getByRole("alert")).toContainText(
      "The quotes file does not match the expected format (quotes.3.speaker:",
    );
  });

  test("an invalid dataset is reported, not shown blank", async ({ page }) => {
    await page.route("**/data/parts/overview.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: '{"schemaVersion": 99}' }),
    );
    await page.goto("/");
    await expect(page.getByRole("alert")).toContainText("does not match the expected format");
    await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
  });
});
