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

  test("the map is one tab stop: arrow keys show each country's tooltip, Enter selects it", async ({
    page,
  }) => {
    await page.goto("/?date=2019-01-28");
    await ready(page);
    const map = page.getByRole("group", { name: /World map/ });
    await map.focus();
    const tip = page.locator(".map-tip");
    await expect(tip).toBeVisible();
    const first = await tip.locator("strong").textContent();
    await page.keyboard.press("ArrowRight");
    await expect(tip.locator("strong")).not.toHaveText(first!);
    const name = (await tip.locator("strong").textContent())!;
    await expect(page.locator(".world-map .shape.focused")).toHaveCount(1);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
    await expect(page).toHaveURL(/actor=[A-Z]{3}/);
  });

  test("zoom buttons zoom in and out, and reset returns to the whole world", async ({ page }) => {
    await page.goto("/?date=2019-01-28");
    await ready(page);
    const group = page.locator(".world-map svg g.rsm-zoomable-group");
    const initial = await group.getAttribute("transform");
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect(group).not.toHaveAttribute("transform", initial!);
    await page.getByRole("button", { name: "Reset zoom" }).click();
    await expect(group).toHaveAttribute("transform", initial!);
  });

  test("zoomed in, dragging pans the map, a click keeps the pan, and reset returns to the whole world", async ({
    page,
  }) => {
    await page.goto("/?date=2019-01-28");
    await ready(page);
    const group = page.locator(".world-map svg g.rsm-zoomable-group");
    const initial = await group.getAttribute("transform");
    const box = (await page.locator(".world-map svg").boundingBox())!;
    const drag = async () => {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 30, { steps: 5 });
      await page.mouse.up();
    };
    // the whole world has nothing to pan to: a drag leaves it where it is
    await drag();
    await expect(group).toHaveAttribute("transform", initial!);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect(group).not.toHaveAttribute("transform", initial!);
    const zoomed = await group.getAttribute("transform");
    await drag();
    await expect(group).not.toHaveAttribute("transform", zoomed!);
    const panned = await group.getAttribute("transform");
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(group).toHaveAttribute("transform", panned!);
    await page.getByRole("button", { name: "Reset zoom" }).click();
    await expect(group).toHaveAttribute("transform", initial!);
  });
});
