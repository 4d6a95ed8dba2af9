// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { failedModuleUrl, lazyPart } from "../../src/components/lazy-part";

function Chart({ label }: { label: string }) {
  return <p>chart of {label}</p>;
}

describe("lazyPart(what, importer, pick)", () => {
  afterEach(cleanup);

  it("shows a failed download as an error with Retry in its place, and Retry downloads it again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {}); // React reports the error the boundary caught
    const importer = vi
      .fn<() => Promise<{ default: typeof Chart }>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch dynamically imported module"))
      .mockResolvedValue({ default: Chart });
    const LazyChart = lazyPart("The chart", importer, (m) => m.default);
    render(
      <main>
        <p>the map</p>
        <Suspense fallback={<p>Loading chart…</p>}>
          <LazyChart label="stances" />
        </Suspense>
      </main>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("The chart could not be loaded.");
    expect(screen.getByText("the map")).toBeTruthy(); // the rest stays
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Retry" })));
    expect(await screen.findByText("chart of stances")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(importer).toHaveBeenCalledTimes(2);
    vi.restoreAllMocks();
  });
  it("retries a download whose failure names its address at that address with a query of its own", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const url = "http://localhost:4173/assets/StanceChart-Bx1.js";
    // the browser keeps the address failed, as Debian's Chromium 150 does: the importer fails every time
    const importer = vi
      .fn<() => Promise<{ default: typeof Chart }>>()
      .mockRejectedValue(new TypeError(`Failed to fetch dynamically imported module: ${url}`));
    const reimport = vi.fn((_: string) => Promise.resolve({ default: Chart }));
    const LazyChart = lazyPart("The chart", importer, (m) => m.default, reimport);
    render(
      <Suspense fallback={<p>Loading chart…</p>}>
        <LazyChart label="stances" />
      </Suspense>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("The chart could not be loaded.");
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Retry" })));
    expect(await screen.findByText("chart of stances")).toBeTruthy();
    expect(reimport).toHaveBeenCalledWith(`${url}?retry=1`);
    expect(importer).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it("reads the failed module's address from the browser's message, if it names one", () => {
    expect(
      failedModuleUrl(new TypeError("Failed to fetch dynamically imported module: https://a.b/x/C-1.js")),
    ).toBe("https://a.b/x/C-1.js");
    expect(
      failedModuleUrl(new TypeError("error loading dynamically imported module: http://h/a.mjs?v=2")),
    ).toBe("http://h/a.mjs?v=2");
    expect(failedModuleUrl(new TypeError("Importing a module script failed."))).toBeNull();
  });
});
