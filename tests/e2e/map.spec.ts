import { expect, ready, stanceOf, test } from "./fixtures";

test.describe("the map", () => {
  test("colours countries by their stance on three dates @phone", async ({ page }) => {
    await page.goto("/?date=2019-01-25");
    await ready(page);
    expect(await stanceOf(page, "BLR")).toBe("neutral");
    expect(await stanceOf(page, "FRA")).toBe("none");
    expect(await stanceOf(page, "SYR")).toBe("none");

    await page.goto("/?date=2019-01-28");
    await ready(page);
    expect(await stanceOf(page, "BLR")).toBe("maduro");
    expect(await stanceOf(page, "FRA")).toBe("conditional");
    expect(await stanceOf(page, "USA")).toBe("guaido");

    await page.goto("/?date=2019-09-26");
    await ready(page);
    expect(await stanceOf(page, "FRA")).toBe("guaido");
    expect(await stanceOf(page, "DEU")).toBe("conditional");
    expect(await stanceOf(page, "SYR")).toBe("maduro");
    await expect(page.locator('.world-map [data-actor="VEN"]')).toHaveClass(/subject/);
  });

  test("draws small states missing from the 110m topology, such as Saint Lucia", async ({ page }) => {
    await page.goto("/?date=2019-01-28");
    await ready(page);
    await expect(page.locator('.world-map circle[data-actor="LCA"]')).toHaveAttribute(
      "data-stance",
      "guaido",
    );
  });

  test("legend counts follow the date and a legend entry highlights its countries", async ({ page }) => {
    await page.goto("/?date=2019-01-28");
    await ready(page);
    const ultimatum = page.getByRole("button", { name: /Ultimatum \d+/ });
    await expect(ultimatum).toHaveText(/Ultimatum 5/);
    await ultimatum.click();
    await expect(page).toHaveURL(/stance=conditional/);
    await expect(page.locator('.world-map [data-actor="RUS"]')).toHaveClass(/dimmed/);
    await expect(page.locator('.world-map [data-actor="FRA"]')).not.toHaveClass(/dimmed/);
  });

  test("hovering a country shows its stance, since when and sources", async ({ page }) => {
    await page.goto("/?date=2019-02-05");
    await ready(page);
    await page.locator('.world-map path[data-actor="BRA"]').hover();
    await expect(page.locator(".map-tip")).toContainText("Brazil");
    await expect(page.locator(".map-tip")).toContainText("Recognises Guaido");
    await expect(page.locator(".map-tip")).toContainText("since 25 January 2019");
  });
});
