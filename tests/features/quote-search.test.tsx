// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { QuoteSearch } from "../../src/features/quotes/components/QuoteSearch";

describe("QuoteSearch", () => {
  afterEach(cleanup);

  it("keeps every key typed while the view's search lags, and reports each", async () => {
    const onChange = vi.fn();
    render(<QuoteSearch value="" onChange={onChange} />);
    const box = screen.getByLabelText("Search quotes");
    await userEvent.type(box, "ab");
    // the view has not followed yet (its value is still ""), but the box shows what was typed
    expect(box).toHaveValue("ab");
    expect(onChange.mock.calls).toEqual([["a"], ["ab"]]);
  });

  it("takes the view's search when it changes elsewhere: a reset, then Back to an earlier search", async () => {
    const { rerender } = render(<QuoteSearch value="" onChange={() => {}} />);
    const box = screen.getByLabelText("Search quotes");
    await userEvent.type(box, "maduro");
    rerender(<QuoteSearch value="maduro" onChange={() => {}} />);
    expect(box).toHaveValue("maduro");
    rerender(<QuoteSearch value="" onChange={() => {}} />);
    expect(box).toHaveValue("");
    rerender(<QuoteSearch value="russia" onChange={() => {}} />);
    expect(box).toHaveValue("russia");
  });
});
