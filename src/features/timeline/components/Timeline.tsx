import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { formatDate, formatShortDate } from "../../../components/format-date";
import { usePainted } from "../../../components/after-paint";
import type { Lookup } from "../../../dataset/lookup";
import type { Overview } from "../../../dataset/parts";
import type { ActorId, IsoDate } from "../../../dataset/schema";
import type { StanceIndex } from "../../../dataset/stance-index";
import { addDays, daysBetween } from "../../../dataset/days";
import { buildDayScale, stepMarked, type DayScale } from "../lib/day-scale";
import "../timeline.css";
import { DayChanges } from "./DayChanges";
import { PLAY_STEP_MS } from "../lib/play-step";

interface Props {
  overview: Overview;
  index: StanceIndex;
  lookup: Lookup;
  date: IsoDate;
  /** The day the map and the rest of the page show, which follows `date` after it settles (see App). */
  shownDate: IsoDate;
  /** "step" is a keyboard move: a quick run of them makes one history entry. */
  onDateChange: (date: IsoDate, how: "commit" | "scrub" | "step") => void;
  onSelectActor: (actor: ActorId) => void;
}

/**
 * The date slider (an ARIA slider over whole days with a compressed track), play/pause through the change
 * days, previous/next change buttons, a typed date, and the list of what changed on the day the page shows.
 */
export function Timeline({ overview, index, lookup, date, shownDate, onDateChange, onSelectActor }: Props) {
  const first = index.firstDay!;
  const last = index.lastDay!;
  const marked = useMemo(
    () => [...new Set([...index.changeDays, ...overview.published])].sort(),
    [index, overview.published],
  );
  const scale = useMemo(() => buildDayScale(first, last, marked), [first, last, marked]);
  const [playing, setPlaying] = useState(false);
  const trackRef = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const painted = usePainted();

  // playing stops by itself at the last change: "playing" is only in effect while there is a next step
  const next = stepMarked(index.changeDays, date, 1);
  const isPlaying = playing && next !== undefined;
  useEffect(() => {
    if (!isPlaying || !next) return;
    const t = window.setTimeout(() => onDateChange(next, "scrub"), PLAY_STEP_MS);
    return () => window.clearTimeout(t);
  }, [isPlaying, next, onDateChange]);

  const togglePlay = () => {
    if (isPlaying) {
      setPlaying(false);
      onDateChange(date, "commit");
      return;
    }
    if (!next) onDateChange(index.changeDays[0] ?? first, "scrub"); // at the end: play again from the start
    setPlaying(true);
  };
  const go = (d: IsoDate | undefined, how: "commit" | "step" = "commit") =>
    d && onDateChange(d < first ? first : d > last ? last : d, how);
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, () => IsoDate | undefined> = {
      ArrowLeft: () => addDays(date, -1),
      ArrowDown: () => addDays(date, -1),
      ArrowRight: () => addDays(date, 1),
      ArrowUp: () => addDays(date, 1),
      PageUp: () => stepMarked(index.changeDays, date, 1) ?? last,
      PageDown: () => stepMarked(index.changeDays, date, -1) ?? first,
      Home: () => first,
      End: () => last,
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    go(move(), "step");
  };
  const dayFromPointer = (e: PointerEvent) => {
    const box = trackRef.current!.getBoundingClientRect();
    return scale.dayAt((e.clientX - box.left) / box.width);
  };

  return (
    <section className="timeline" aria-label="Date">
      <div className="timeline-head">
        <button
          type="button"
          className="play"
          onClick={togglePlay}
          aria-label={isPlaying ? "Pause" : "Play through the changes"}
        >
          {isPlaying ? "❚❚" : "▶"}
        </button>
        <button
          type="button"
          onClick={() => go(stepMarked(index.changeDays, date, -1))}
          disabled={!stepMarked(index.changeDays, date, -1)}
          aria-label="Previous change"
        >
          ◀ Previous
        </button>
        <p className="timeline-date" aria-live="polite">
          {formatDate(date, true)}
        </p>
        <button
          type="button"
          onClick={() => go(stepMarked(index.changeDays, date, 1))}
          disabled={!stepMarked(index.changeDays, date, 1)}
          aria-label="Next change"
        >
          Next ▶
        </button>
        <label className="date-input">
          <span className="visually-hidden">Type a date</span>
          {/* A native date field's first layout was the costliest part of the dashboard's (about 20 ms on a desktop
              core; 6 ms or less since its icon is drawn by CSS and ICU is set up early, see index.html): it comes a
              frame after the rest, in its place kept. */}
          {painted && (
            <input
              type="date"
              min={first}
              max={last}
              value={date}
              onChange={(e) => /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) && go(e.target.value as IsoDate)}
            />
          )}
        </label>
      </div>
      <div
        className="track"
        ref={trackRef}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          onDateChange(dayFromPointer(e), "scrub");
        }}
        onPointerMove={(e) => dragging.current && onDateChange(dayFromPointer(e), "scrub")}
        onPointerUp={(e) => {
          dragging.current = false;
          onDateChange(dayFromPointer(e), "commit");
        }}
      >
        <Ticks marked={marked} scale={scale} changeDays={index.changeDays} />
        <div
          className="thumb"
          role="slider"
          tabIndex={0}
          aria-label="Selected date"
          aria-valuemin={0}
          aria-valuemax={daysBetween(first, last)}
          aria-valuenow={daysBetween(first, date)}
          aria-valuetext={date}
          onKeyDown={onKey}
          style={{ left: `${scale.position(date) * 100}%` }}
        />
      </div>
      <div className="track-ends" aria-hidden="true">
        <span>{formatShortDate(first)}</span>
        <span>{formatShortDate(last)}</span>
      </div>
      <DayChanges index={index} lookup={lookup} date={shownDate} onSelectActor={onSelectActor} />
    </section>
  );
}

/**
 * The marks on the track, as two paths in one SVG (the marked days, and darker and taller, the change days): a
 * corpus over years marks hundreds of days, and as one element each they made every step of the slider lay out and
 * paint them all again. They do not move with the day, so a step does not re-render them either.
 */
const Ticks = memo(function Ticks({
  marked,
  scale,
  changeDays,
}: {
  marked: readonly IsoDate[];
  scale: DayScale;
  changeDays: readonly IsoDate[];
}) {
  const changes = new Set(changeDays);
  const path = (days: IsoDate[], top: number, height: number) =>
    days.map((d) => `M${(scale.position(d) * TICKS_WIDTH).toFixed(2)} ${top}v${height}`).join("");
  const quiet = marked.filter((d) => !changes.has(d));
  const changed = marked.filter((d) => changes.has(d));
  return (
    <svg className="ticks" viewBox={`0 0 ${TICKS_WIDTH} 36`} preserveAspectRatio="none" aria-hidden="true">
      <path className="tick" d={path(quiet, 10, 16)} />
      <path className="tick change" d={path(changed, 8, 20)} />
    </svg>
  );
});

/** The ticks' drawing width in user units; the SVG stretches it to the track. */
const TICKS_WIDTH = 1000;
