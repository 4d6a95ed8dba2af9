import { memo, useEffect, useMemo, useRef, useState } from "react";
import { formatCount } from "../../../components/format-count";
import { formatDate } from "../../../components/format-date";
import { StanceSwatch } from "../../../components/StanceSwatch";
import type { Lookup } from "../../../dataset/lookup";
import type { ActorId, IsoDate } from "../../../dataset/schema";
import type { StanceIndex } from "../../../dataset/stance-index";
import { changesOn } from "../lib/changes-on";

/**
 * A day with more changes than CHANGES_WHOLE draws its first CHANGES_SHOWN and "Show all" (more than the box shows
 * at once): a large corpus has days with hundreds of changes, and drawing them all made each of the map's steps lay
 * out and paint hundreds of rows the box hides. A shorter list is drawn whole, so no button hides a row or two.
 */
export const CHANGES_SHOWN = 25;
export const CHANGES_WHOLE = 40;

/**
 * What changed on the day the page shows. It follows the map, not the slider: a step of the slider lays out and
 * paints only the slider, and a day with many changes is drawn once the key is let go.
 */
export const DayChanges = memo(function DayChanges({
  index,
  lookup,
  date,
  onSelectActor,
}: {
  index: StanceIndex;
  lookup: Lookup;
  date: IsoDate;
  onSelectActor: (actor: ActorId) => void;
}) {
  const changes = useMemo(() => changesOn(index, date), [index, date]);
  // whether the reader asked for the whole list; each new day starts short again (state reset during render, as
  // React's docs show for state that follows a prop)
  const [all, setAll] = useState(false);
  const [listDate, setListDate] = useState(date);
  if (listDate !== date) {
    setListDate(date);
    setAll(false);
  }
  const shown = all || changes.length <= CHANGES_WHOLE ? changes : changes.slice(0, CHANGES_SHOWN);
  // the button goes once pressed: the keyboard moves on to the first of the rows it brought
  const list = useRef<HTMLUListElement>(null);
  const expanded = useRef(false);
  useEffect(() => {
    if (!expanded.current) return;
    expanded.current = false;
    list.current?.querySelectorAll("button")[CHANGES_SHOWN]?.focus();
  }, [all]);
  return (
    <div className="changes">
      <h2>What changed on {formatDate(date)}</h2>
      {changes.length ? (
        <ul ref={list}>
          {shown.map((c) => (
            <li key={c.actor}>
              <button type="button" className="link" onClick={() => onSelectActor(c.actor)}>
                {lookup.actorName(c.actor)}
              </button>
              : {c.from ? `${lookup.stance(c.from)?.label} → ` : "first reported: "}
              <StanceSwatch stance={lookup.stance(c.to)} />
              {lookup.stance(c.to)?.label}
            </li>
          ))}
          {shown.length < changes.length && (
            <li className="more">
              <button
                type="button"
                className="link"
                onClick={() => {
                  expanded.current = true;
                  setAll(true);
                }}
              >
                Show all {formatCount(changes.length)} changes
              </button>
            </li>
          )}
        </ul>
      ) : (
        <p className="muted">No stance changed on this day.</p>
      )}
    </div>
  );
});
