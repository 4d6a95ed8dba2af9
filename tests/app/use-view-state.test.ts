// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { REPLACE_EVERY_MS, useViewState } from "../../src/app/use-view-state";
import type { DayRange } from "../../src/app/view-state";
import type { Overview } from "../../src/dataset/parts";
import type { ActorId, IsoDate } from "../../src/dataset/schema";

// Just the parts of the overview the URL is checked against.
const overview = {
  topic: { stances: [{ id: "guaido" }, { id: "maduro" }] },
  actors: [{ id: "RUS" }, { id: "FRA" }],
} as unknown as Overview;
const range: DayRange = { first: "2019-01-01" as IsoDate, last: "2019-12-31" as IsoDate };
/** Long enough for the next animation frame and a task after it (fake timers run frames every 16 ms). */
const FRAME_AND_A_TASK_MS = 20;
const day = (n: number) => `2019-01-${String(n).padStart(2, "0")}` as IsoDate;

describe("useViewState: the view in the URL", () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame", "performance"],
    });
    window.history.replaceState(null, "", "/?date=2019-01-01");
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  const setup = () => renderHook(() => useViewState(overview, range));

  it("pushes a discrete choice after the next paint, as a history entry of its own", () => {
    const hook = setup();
    const push = vi.spyOn(window.history, "pushState");
    act(() => hook.result.current[1]({ actor: "FRA" as ActorId }));
    expect(hook.result.current[0].actor).toBe("FRA"); // the view at once
    expect(push).not.toHaveBeenCalled(); // the history call waits for the frame
    act(() => void vi.advanceTimersByTime(FRAME_AND_A_TASK_MS));
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe("?date=2019-01-01&actor=FRA");
    expect(hook.result.current[0].actor).toBe("FRA");
  });

  it("writes a scrub's replacements at most every REPLACE_EVERY_MS, and always the last one", () => {
    const hook = setup();
    const replace = vi.spyOn(window.history, "replaceState");
    // 30 changes 20 ms apart: 600 ms of scrubbing
    for (let n = 2; n <= 31; n++) {
      act(() => hook.result.current[1]({ date: day(n) }, "scrub"));
      act(() => void vi.advanceTimersByTime(20));
    }
    expect(hook.result.current[0].date).toBe(day(31)); // the view follows every change at once
    expect(replace.mock.calls.length).toBeLessThanOrEqual(Math.ceil(600 / REPLACE_EVERY_MS));
    act(() => void vi.advanceTimersByTime(REPLACE_EVERY_MS));
    expect(window.location.search).toBe(`?date=${day(31)}`);
  });

  it("writes a pending scrub to the entry being left before pushing the next one", () => {
    const hook = setup();
    act(() => hook.result.current[1]({ date: day(5) }, "scrub"));
    act(() => hook.result.current[1]({ date: day(9) }, "scrub"));
    const before = window.history.length;
    act(() => hook.result.current[1]({ actor: "RUS" as ActorId }));
    act(() => void vi.advanceTimersByTime(FRAME_AND_A_TASK_MS));
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toBe(`?date=${day(9)}&actor=RUS`);
    window.history.back();
    // jsdom moves through history asynchronously
    return vi.waitFor(() => expect(window.location.search).toBe(`?date=${day(9)}`), { timeout: 1000 });
  });

  it("a push still waiting for its frame takes the replacements after it, and is written before the next push", () => {
    const hook = setup();
    const push = vi.spyOn(window.history, "pushState");
    act(() => hook.result.current[1]({ actor: "FRA" as ActorId }));
    act(() => hook.result.current[1]({ date: day(7) }, "scrub"));
    act(() => hook.result.current[1]({ actor: "RUS" as ActorId }));
    expect(push).toHaveBeenCalledTimes(1); // the first, written when the second came
    expect(window.location.search).toBe(`?date=${day(7)}&actor=FRA`);
    act(() => void vi.advanceTimersByTime(FRAME_AND_A_TASK_MS));
    expect(push).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe(`?date=${day(7)}&actor=RUS`);
  });

  it("a run of steps is one entry: the first pushes, the rest replace it", () => {
    const hook = setup();
    const push = vi.spyOn(window.history, "pushState");
    for (let n = 2; n <= 6; n++) {
      act(() => hook.result.current[1]({ date: day(n) }, "step"));
      act(() => void vi.advanceTimersByTime(100));
    }
    act(() => void vi.advanceTimersByTime(REPLACE_EVERY_MS));
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe(`?date=${day(6)}`);
  });

  it("keeps working when the browser refuses a history call (Safari's rate limit), writing the URL later", () => {
    const hook = setup();
    const refuse = () => {
      throw new DOMException(
        "Attempt to use history.pushState() more than 100 times per 30 seconds",
        "SecurityError",
      );
    };
    const push = vi.spyOn(window.history, "pushState").mockImplementationOnce(refuse);
    const replace = vi.spyOn(window.history, "replaceState").mockImplementationOnce(refuse);
    act(() => hook.result.current[1]({ actor: "FRA" as ActorId }));
    act(() => void vi.advanceTimersByTime(FRAME_AND_A_TASK_MS));
    expect(push).toHaveBeenCalledTimes(1);
    expect(hook.result.current[0].actor).toBe("FRA"); // the view follows even though the URL could not
    act(() => void vi.advanceTimersByTime(REPLACE_EVERY_MS)); // the retry is refused too
    expect(replace).toHaveBeenCalledTimes(1);
    act(() => void vi.advanceTimersByTime(REPLACE_EVERY_MS));
    expect(window.location.search).toBe("?date=2019-01-01&actor=FRA");
  });
});
