// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { usePacedValue } from "../../src/app/use-paced-value";

describe("usePacedValue(value, gapMs, everyMs)", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] }));
  afterEach(() => vi.useRealTimers());

  const setup = () => renderHook(({ v }) => usePacedValue(v, 120, 250), { initialProps: { v: 0 } });
  const step = (hook: ReturnType<typeof setup>, v: number, ms: number) => {
    hook.rerender({ v });
    act(() => void vi.advanceTimersByTime(ms));
  };

  it("passes a change after a pause at once", () => {
    const hook = setup();
    act(() => void vi.advanceTimersByTime(1000));
    step(hook, 1, 1);
    expect(hook.result.current).toBe(1);
    act(() => void vi.advanceTimersByTime(1000));
    step(hook, 2, 1);
    expect(hook.result.current).toBe(2);
  });

  it("during a burst follows at most every 250 ms, then settles on the last value", () => {
    const hook = setup();
    act(() => void vi.advanceTimersByTime(1000));
    const seen: number[] = [];
    for (let v = 1; v <= 20; v++) {
      step(hook, v, 40); // a held key: a change every 40 ms
      if (seen.at(-1) !== hook.result.current) seen.push(hook.result.current);
    }
    expect(seen.length).toBeGreaterThanOrEqual(3); // it moves during the burst…
    expect(seen.length).toBeLessThanOrEqual(5); // …but not for each of the 20 values
    expect(hook.result.current).not.toBe(20);
    act(() => void vi.advanceTimersByTime(120));
    expect(hook.result.current).toBe(20); // the burst paused: the last value
  });

  it("with everyMs Infinity, holds a burst's values until the burst pauses", () => {
    const hook = renderHook(({ v }) => usePacedValue(v, 120, Infinity), { initialProps: { v: 0 } });
    act(() => void vi.advanceTimersByTime(1000));
    hook.rerender({ v: 1 });
    act(() => void vi.advanceTimersByTime(40));
    expect(hook.result.current).toBe(1); // the first change, after a pause, at once
    for (let v = 2; v <= 20; v++) {
      hook.rerender({ v });
      act(() => void vi.advanceTimersByTime(40));
      expect(hook.result.current).toBe(1);
    }
    act(() => void vi.advanceTimersByTime(120));
    expect(hook.result.current).toBe(20);
  });
});
