import { clickActor, expect, ready, showQuotes, test } from "./fixtures";

test.describe("country detail, quotes and articles", () => {
  test("selecting a country opens its panel with stance history and evidence sentences @phone", async ({
    page,
  }) => {
    await page.goto("/?date=2019-02-05");
    await ready(page);
    await page.getByRole("tab", { name: "Table" }).click();
    await page.locator('tr[data-actor="BLR"]').getByRole("button", { name: "Belarus" }).click();
    const panel = page.locator(".country-panel");
    await expect(panel.getByRole("heading", { name: "Belarus" })).toBeVisible();
    await expect(panel).toContainText("Backs Maduro since 28 January 2019");
    // one entry per day with a source: neutral on 25 January, then Maduro from 28 January on
    const history = panel.locator(".history li");
    await expect(history).toHaveCount(5);
    await expect(history.nth(0)).toContainText("25 January 2019");
    await expect(history.nth(0)).toContainText("Dialogue / neutral");
    await expect(history.nth(1)).toContainText("28 January 2019");
    await expect(history.nth(1)).toContainText("Backs Maduro");
    await expect(panel.locator(".evidence blockquote").first()).toContainText("Belarus");
  });

  test("countries chosen in quick succession end on the last one, with its panel, outline and URL", async ({
    page,
  }) => {
    await page.goto("/?date=latest");
    await ready(page);
    for (const actor of ["RUS", "BRA", "CHN", "USA"]) await clickActor(page, actor);
    await expect(
      page.locator(".country-panel").getByRole("heading", { name: "United States" }),
    ).toBeVisible();
    await expect(page.locator('.world-map .selected[data-actor="USA"]')).toHaveCount(1);
    await expect(page.locator(".world-map .selected")).toHaveCount(1);
    await expect(page).toHaveURL(/actor=USA/);
  });

  test("a country with hundreds of sentences shows the latest 20 first, and all on request", async ({
    page,
  }) => {
    // a large dataset's actor part, served in place of Russia's: a sentence a day, written newest first
    const observations = Array.from({ length: 120 }, (_, i) => {
      const sentence = `Sentence ${i + 1}: Russia backs Maduro.`;
      return {
        id: `big:${i}:RUS:maduro`,
        actor: "RUS",
        stance: "maduro",
        date: new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10),
        dateBasis: "published",
        article: "big",
        sentence,
        start: 0,
        end: sentence.length,
        via: null,
        cue: "backs",
      };
    }).reverse();
    await page.route("**/data/parts/actors/RUS.json", (route) =>
      route.fulfill({
        json: {
          observations,
          articles: [{ id: "big", title: "A big article", published: "2019-01-24", source: null }],
        },
      }),
    );
    await page.goto("/?actor=RUS");
    const panel = page.locator(".country-panel");
    await expect(panel).toContainText("Long lists show their latest 20 entries.");
    await expect(panel.locator(".evidence blockquote")).toHaveCount(20);
    // in day order, the latest last
    await expect(panel.locator(".evidence blockquote").first()).toHaveText(
      "Sentence 101: Russia backs Maduro.",
    );
    await expect(panel.locator(".evidence blockquote").last()).toHaveText(
      "Sentence 120: Russia backs Maduro.",
    );
    await panel.getByRole("button", { name: "Show everything" }).click();
    await expect(panel.locator(".evidence blockquote")).toHaveCount(120);
    await clickActor(page, "FRA"); // another actor starts with the short lists again
    await expect(panel.getByRole("heading", { name: "France" })).toBeVisible();
    await expect(panel).not.toContainText("Every entry is shown.");
  });

  test("a long quote list holds the newest first and grows as it is scrolled to its end", async ({
    page,
  }) => {
    // a large dataset's quote file, served in place of the seeds' one: 1,000 quotes, newest first
    const quotes = Array.from({ length: 1000 }, (_, i) => ({
      id: `big:q${i}`,
      text: `Quote number ${i + 1}`,
      start: 0,
      end: 10,
      speaker: "Dmitry Peskov",
      role: "Kremlin Spokesman",
      actor: "RUS",
      speakerKind: "person",
      article: "big",
      date: "2019-01-24",
    }));
    await page.route("**/data/parts/quotes/0.json", (route) =>
      route.fulfill({
        json: {
          quotes,
          articles: [{ id: "big", title: "A big article", published: "2019-01-24", source: null }],
        },
      }),
    );
    await page.goto("/?date=latest");
    await ready(page);
    await expect(page.locator(".quotes p.muted").first()).toContainText("1,000 of 1,000 quotes");
    const list = page.locator(".quote-scroll");
    await expect(list.locator(".quote-card").first()).toContainText("Quote number 1");
    // scroll to the end until the last quote shows: the list grows under the reader
    await expect(async () => {
      await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect(list.getByText("“Quote number 1000”", { exact: true })).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 15_000 });
  });

  test("the quote files are read in a worker, not by the page", async ({ page }) => {
    const worker = page.waitForEvent("worker");
    await page.goto("/?date=latest");
    await ready(page);
    await expect(page.locator(".quotes p.muted").first()).toContainText("30 of 30 quotes");
    const quotesWorker = await worker;
    expect(quotesWorker.url()).toMatch(/\/assets\/quotes\.worker-[^/]+\.js$/);
    // the worker's own resource timings list the file: it fetched it
    const fetched = await quotesWorker.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname),
    );
    expect(fetched).toContain("/data/parts/quotes/0.json");
    const byPage = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname),
    );
    expect(byPage).not.toContain("/data/parts/quotes/0.json");
  });

  test("quotes filter by search text and by the selected country", async ({ page }) => {
    await page.goto("/?date=2019-09-26");
    await ready(page);
    const count = page.locator(".quotes p.muted").first();
    await expect(count).toContainText("30 of 30 quotes");
    // typed key by key, as a reader types: the box must keep every key while the list follows
    await page.getByLabel("Search quotes").pressSequentially("bloomberg");
    await expect(page.getByLabel("Search quotes")).toHaveValue("bloomberg");
    await expect(count).toContainText("3 of 30 quotes");
    await expect(page.locator(".quote-card .badge").first()).toContainText("Media report");
    await page.getByLabel("Search quotes").fill("");
    await clickActor(page, "RUS");
    await expect(count).toContainText("27 of 30 quotes");
    await expect(page.getByRole("button", { name: "Remove filter: Russia" })).toBeVisible();
  });

  test("when no quote matches, the list says which filters left it empty and clears them", async ({
    page,
  }) => {
    await page.goto("/?date=2019-09-26&actor=RUS&q=zzzz");
    await ready(page);
    await showQuotes(page);
    const count = page.locator(".quotes p.muted").first();
    await expect(count).toContainText("0 of 30 quotes");
    await expect(page.locator(".quotes-empty")).toHaveText(
      "No quote by a speaker from Russia matches “zzzz” up to 26 September 2019. Show every quote",
    );
    await page.locator(".quotes-empty").getByRole("button", { name: "Show every quote" }).click();
    await expect(count).toContainText("30 of 30 quotes");
    await expect(page.getByLabel("Search quotes")).toHaveValue("");
    // the page's active element, whether or not the browser window has focus (toBeFocused also asks
    // document.hasFocus(), which a headless window running beside others can lose)
    await expect
      .poll(() => page.getByLabel("Search quotes").evaluate((el) => el === document.activeElement))
      .toBe(true);
    await expect(page).not.toHaveURL(/actor=|q=/);
    await expect(page.locator(".quotes-empty")).toHaveCount(0);
  });

  test("a country panel that arrives late leaves the keyboard in the search box the reader went to", async ({
    page,
  }) => {
    // hold the panel's code until the reader is typing
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/CountryPanel-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/?date=2019-09-26&actor=RUS");
    await ready(page);
    const search = page.getByLabel("Search quotes");
    await search.click();
    await search.pressSequentially("sanction");
    release();
    await expect(page.getByRole("heading", { level: 2, name: "Russia" })).toBeVisible();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("s");
    await expect(search).toHaveValue("sanctions");
  });

  test("a quote card opens its article with that quote highlighted", async ({ page }) => {
    await page.goto("/?date=2019-09-26&q=conspiracy");
    await ready(page);
    const link = page.locator(".quote-card a").first();
    // the link names the view it opens, for a new tab or a copied link
    await expect(link).toHaveAttribute(
      "href",
      /^\?date=2019-09-26&q=conspiracy&article=000_7d23326bbc1211cd&quote=000_7d23326bbc1211cd%3Aq\d+$/,
    );
    await link.click();
    const dialog = page.getByRole("dialog");
    await expect(
      dialog.getByRole("heading", { name: "Kremlin warns against meddling in Venezuelan settlement" }),
    ).toBeVisible();
    await expect(dialog.locator("mark.current")).toContainText(
      "Such reports are based only on conspiracy theories",
    );
    expect(await dialog.locator("mark.o").count()).toBeGreaterThan(3);
    await expect(page).toHaveURL(/article=000_7d23326bbc1211cd&quote=/);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(page).not.toHaveURL(/article=/);
  });

  test("a quote card's link follows the day the list shows", async ({ page }) => {
    await page.goto("/?date=2019-09-26&actor=RUS");
    await ready(page);
    await showQuotes(page);
    const links = page.locator(".quote-card a");
    await expect(links.first()).toHaveAttribute("href", /^\?date=2019-09-26&actor=RUS&article=/);
    await page.getByRole("slider", { name: "Selected date" }).press("ArrowLeft");
    await expect(page).toHaveURL(/date=2019-09-25/);
    await expect(links.first()).toHaveAttribute("href", /^\?date=2019-09-25&actor=RUS&article=/);
    expect(
      await links.evaluateAll((as) =>
        as.every((a) => a.getAttribute("href")!.startsWith("?date=2019-09-25&")),
      ),
    ).toBe(true);
  });
});
