// @vitest-environment jsdom
import { renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { afterNextPaint, usePainted } from "../../src/components/after-paint";

describe("afterNextPaint", () => {
  afterEach(() => vi.restoreAllMocks());

  it("runs after the next frame, in a task of its own", async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((f) => frames.push(f));
    const f = vi.fn();
    afterNextPaint(f);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(f).not.toHaveBeenCalled(); // no frame yet
    frames[0](0);
    expect(f).not.toHaveBeenCalled(); // not inside the frame
    await waitFor(() => expect(f).toHaveBeenCalledTimes(1));
  });

  it("does not run once cancelled", async () => {
    const f = vi.fn();
    afterNextPaint(f)();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(f).not.toHaveBeenCalled();
  });
});

describe("usePainted", () => {
  it("is false on the first render and true once a frame has been painted", async () => {
    const hook = renderHook(() => usePainted());
    expect(hook.result.current).toBe(false);
    await waitFor(() => expect(hook.result.current).toBe(true));
  });
});
