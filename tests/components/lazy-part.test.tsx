// @vitest-environment jsdom
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { describe, expect, it, vi } from "vitest";
import { lazyPart } from "../../src/components/lazy-part";

function Chart({ label }: { label: string }) {
  return <p>chart of {label}</p>;
}

describe("lazyPart(what, importer)", () => {
  it("shows a failed download as an error with Retry in its place, and Retry downloads it again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {}); // React reports the error the boundary caught
    const importer = vi
      .fn<() => Promise<{ default: typeof Chart }>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch dynamically imported module"))
      .mockResolvedValue({ default: Chart });
    const LazyChart = lazyPart("The chart", importer);
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
});
