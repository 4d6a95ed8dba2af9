// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { buildLookup } from "../../src/dataset/lookup";
import type { Overview } from "../../src/dataset/parts";
import type { IsoDate } from "../../src/dataset/schema";
import { buildStanceIndex } from "../../src/dataset/stance-index";
import { CHANGES_SHOWN, CHANGES_WHOLE, DayChanges } from "../../src/features/timeline/components/DayChanges";
import { observation } from "../fixtures/observation";

// a busy day (more first reports than the list draws at once) and a quiet one
const many = CHANGES_WHOLE + 1;
const ids = Array.from({ length: many }, (_, i) => `A${String(i).padStart(2, "0")}`);
const index = buildStanceIndex([
  ...ids.map((id) => observation(id, "guaido", "2019-01-23")),
  observation("A00", "maduro", "2019-01-30"),
  // a day of exactly CHANGES_WHOLE changes
  ...ids.slice(1, CHANGES_WHOLE + 1).map((id) => observation(id, "maduro", "2019-02-04")),
]);
const lookup = buildLookup({
  actors: ids.map((id) => ({ id, kind: "country", name: `Country ${id}`, isoNumeric: null, members: [] })),
  topic: {
    stances: [
      { id: "guaido", label: "Recognises Guaido", color: "#0072B2" },
      { id: "maduro", label: "Backs Maduro", color: "#D55E00" },
    ],
  },
} as unknown as Overview);
const day = (d: string) => d as IsoDate;

describe("DayChanges", () => {
  it("draws the first rows of a busy day and the rest on request, with the keyboard on the first new row", async () => {
    const onSelect = vi.fn();
    const { rerender } = render(
      <DayChanges index={index} lookup={lookup} date={day("2019-01-23")} onSelectActor={onSelect} />,
    );
    const list = screen.getByRole("list");
    expect(within(list).getAllByRole("listitem")).toHaveLength(CHANGES_SHOWN + 1);
    const more = screen.getByRole("button", { name: `Show all ${many} changes` });
    await act(async () => void fireEvent.click(more));
    expect(within(list).getAllByRole("listitem")).toHaveLength(many);
    expect(screen.queryByRole("button", { name: /Show all/ })).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole("button", { name: `Country ${ids[CHANGES_SHOWN]}` }),
    );
    fireEvent.click(screen.getByRole("button", { name: `Country ${ids[many - 1]}` }));
    expect(onSelect).toHaveBeenCalledWith(ids[many - 1]);

    // a list of CHANGES_WHOLE rows is drawn whole
    rerender(<DayChanges index={index} lookup={lookup} date={day("2019-02-04")} onSelectActor={onSelect} />);
    expect(within(screen.getByRole("list")).getAllByRole("listitem")).toHaveLength(CHANGES_WHOLE);
    expect(screen.queryByRole("button", { name: /Show all/ })).toBeNull();
    // another day starts short again, and a day of few changes has no button
    rerender(<DayChanges index={index} lookup={lookup} date={day("2019-01-30")} onSelectActor={onSelect} />);
    expect(screen.getByRole("listitem")).toHaveTextContent("Country A00: Recognises Guaido → Backs Maduro");
    expect(screen.queryByRole("button", { name: /Show all/ })).toBeNull();
    rerender(<DayChanges index={index} lookup={lookup} date={day("2019-01-23")} onSelectActor={onSelect} />);
    expect(within(screen.getByRole("list")).getAllByRole("listitem")).toHaveLength(CHANGES_SHOWN + 1);
  });
});
