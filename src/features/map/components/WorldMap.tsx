import {
  memo,
  useCallback,
  useDeferredValue,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import { ComposableMap, Marker } from "react-simple-maps/core";
import { ZoomableGroup } from "react-simple-maps/zoom";
import { formatCount } from "../../../components/format-count";
import { formatDate } from "../../../components/format-date";
import type { Lookup } from "../../../dataset/lookup";
import type { Overview } from "../../../dataset/parts";
import type { Actor, ActorId, StanceId } from "../../../dataset/schema";
import type { StanceState } from "../../../dataset/stance-index";
import { actorsByNumeric } from "../lib/map-model";
import { useWorld } from "../lib/use-world";
import { MAP_HEIGHT, MAP_SCALE, MAP_WIDTH } from "../lib/frame";
import { SMALL_STATES, type CountryPath } from "../lib/world";
import "../map.css";

interface Props {
  overview: Overview;
  lookup: Lookup;
  states: ReadonlyMap<ActorId, StanceState>;
  selected: ActorId | null;
  highlight: StanceId | null;
  onSelectActor: (actor: ActorId) => void;
}

/** The tooltip, at a point of the viewport: placing it needs no layout read while the pointer moves. */
interface Tip {
  x: number;
  y: number;
  name: string;
  actor: Actor | undefined;
  state: StanceState | undefined;
}

const HOME: { center: [number, number]; zoom: number } = { center: [0, 10], zoom: 1 };

/**
 * The world choropleth: each country filled by its stance on the chosen day, Venezuela marked as the subject,
 * small states as dots. Hover shows a tooltip. Shapes are not tab stops: the map is one, in which the arrow
 * keys move between the countries with a reported position (showing the same tooltip) and Enter selects;
 * the table tab lists the same data.
 */
export function WorldMap({ overview, lookup, states, selected, highlight, onSelectActor }: Props) {
  const [tip, setTip] = useState<Tip | null>(null);
  const [view, setView] = useState(HOME);
  const world = useWorld();
  // The outlines' arrival is drawn in a render React can interrupt: a query's update renders synchronously, and
  // drawing some 180 paths at once is a long task on a phone.
  const shapes = useDeferredValue(world.data);
  const byNumeric = useMemo(() => actorsByNumeric(overview.actors), [overview.actors]);
  const subject = overview.topic.subject;
  const smallWithActor = useMemo(() => SMALL_STATES.filter((s) => byNumeric.has(s.id)), [byNumeric]);
  const wrapper = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<ActorId | null>(null);
  /** The countries the keyboard visits, by name: those with a stance on the day, and the subject. */
  const visitable = useMemo(
    () =>
      overview.actors
        .filter((a) => a.kind === "country" && a.isoNumeric && (states.has(a.id) || a.id === subject))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [overview.actors, states, subject],
  );

  const noneColor = overview.topic.noneColor;
  // Stable between renders that change only the tooltip, so hovering does not re-render the shapes.
  const colour = useCallback(
    (actor: Actor | undefined) => {
      const s = actor ? states.get(actor.id) : undefined;
      return lookup.stance(s?.stance)?.color ?? noneColor;
    },
    [states, lookup, noneColor],
  );
  /** Data attributes and classes of a shape: plain values, so unchanged shapes skip re-rendering. */
  const shapeProps = useCallback(
    (name: string, actor: Actor | undefined) => {
      const stance = actor ? (states.get(actor.id)?.stance ?? "none") : "none";
      return {
        "data-actor": actor?.id,
        "data-stance": stance,
        "data-name": name,
        className: [
          "shape",
          actor && actor.id === subject ? "subject" : "",
          actor && actor.id === selected ? "selected" : "",
          actor && actor.id === focused ? "focused" : "",
          highlight && stance !== highlight ? "dimmed" : "",
          actor ? "clickable" : "",
        ].join(" "),
      };
    },
    [states, subject, selected, focused, highlight],
  );
  const zoomBy = (factor: number) =>
    setView((v) => ({ ...v, zoom: Math.min(8, Math.max(1, v.zoom * factor)) }));

  /** Shows the tooltip of an actor at the centre of its shape, as hover would. */
  const focusActor = (actor: Actor | undefined) => {
    setFocused(actor?.id ?? null);
    const el = actor && wrapper.current?.querySelector(`[data-actor="${actor.id}"]`);
    if (!actor || !el) return setTip(null);
    const r = el.getBoundingClientRect();
    setTip({
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
      name: actor.name,
      actor,
      state: states.get(actor.id),
    });
  };
  const step = (by: number) => {
    if (visitable.length === 0) return;
    const i = visitable.findIndex((a) => a.id === focused);
    focusActor(
      visitable[i < 0 ? (by > 0 ? 0 : visitable.length - 1) : (i + by + visitable.length) % visitable.length],
    );
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "+" || e.key === "=") zoomBy(1.5);
    else if (e.key === "-") zoomBy(1 / 1.5);
    if (e.target !== e.currentTarget) return; // keys on the zoom buttons are theirs
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (e.key in moves) {
      e.preventDefault();
      step(moves[e.key]);
    } else if ((e.key === "Enter" || e.key === " ") && focused) {
      e.preventDefault();
      onSelectActor(focused);
    } else if (e.key === "Escape") focusActor(undefined);
  };
  const onFocus = (e: FocusEvent) => {
    // keyboard focus only: a mouse click also focuses the map, and the click speaks for itself
    if (e.target === e.currentTarget && !focused && e.currentTarget.matches(":focus-visible"))
      focusActor(visitable.find((a) => a.id === selected) ?? visitable[0]);
  };
  const onBlur = (e: FocusEvent) => {
    if (e.target === e.currentTarget) focusActor(undefined);
  };

  // The drawing does not depend on the tooltip, so moving the pointer re-renders only the tooltip.
  const drawing = useMemo(() => {
    // one set of pointer handlers for all shapes, reading the shape from the event target
    const shapeAt = (e: MouseEvent) => (e.target as Element).closest<SVGElement>("[data-name]");
    const onPointerMove = (e: MouseEvent) => {
      const el = shapeAt(e);
      if (!el) return setTip(null);
      const actor = el.dataset.actor ? lookup.actor(el.dataset.actor as ActorId) : undefined;
      setTip({
        x: e.clientX,
        y: e.clientY,
        name: el.dataset.name ?? "",
        actor,
        state: actor ? states.get(actor.id) : undefined,
      });
    };
    const onShapeClick = (e: MouseEvent) => {
      const id = shapeAt(e)?.dataset.actor;
      if (id) onSelectActor(id as ActorId);
    };
    // d3-zoom ends a gesture on every click; only a real move changes the view, and a click schedules no render
    const onMoveEnd = ({ coordinates: c, zoom }: { coordinates?: [number, number]; zoom?: number }) => {
      if (c && zoom && (view.zoom !== zoom || view.center[0] !== c[0] || view.center[1] !== c[1]))
        setView({ center: c, zoom });
    };
    // At the whole world there is nothing to pan to, so a press is a click: d3-zoom is not asked to start a drag,
    // which would stop text selection on the whole page and listen on the window for every click. Wheel, pinch and
    // double-click still zoom, and zoomed in, a drag pans. Otherwise d3-zoom's own filter, as react-simple-maps has it.
    const zoomFilter = (e: Event & { ctrlKey?: boolean; button?: number }) =>
      !e.ctrlKey && !e.button && !(e.type === "mousedown" && view.zoom === 1);
    return (
      <ComposableMap
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        projection="geoEqualEarth"
        projectionConfig={{ scale: MAP_SCALE }}
        role="img"
        aria-label="World map of stances; use the Table tab for the same data as a list"
      >
        <defs>
          <pattern
            id="subject-hatch"
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="4" height="4" fill="#6B7280" />
            <line x1="0" y1="0" x2="0" y2="4" stroke="#374151" strokeWidth="2" />
          </pattern>
        </defs>
        <ZoomableGroup
          center={view.center}
          zoom={view.zoom}
          minZoom={1}
          maxZoom={8}
          filterZoomEvent={zoomFilter}
          onMoveEnd={onMoveEnd}
        >
          <g onMouseMove={onPointerMove} onMouseLeave={() => setTip(null)} onClick={onShapeClick}>
            {shapes && (
              <Shapes
                shapes={shapes}
                colour={colour}
                shapeProps={shapeProps}
                byNumeric={byNumeric}
                subject={subject}
              />
            )}
            {smallWithActor.map((s) => {
              const actor = byNumeric.get(s.id);
              return (
                <Marker key={s.id} coordinates={s.coordinates}>
                  <circle
                    r={3 / Math.sqrt(view.zoom)}
                    fill={colour(actor)}
                    stroke="#1f2937"
                    strokeWidth={0.6}
                    {...shapeProps(s.name, actor)}
                  />
                </Marker>
              );
            })}
          </g>
        </ZoomableGroup>
      </ComposableMap>
    );
  }, [view, shapes, colour, shapeProps, byNumeric, subject, smallWithActor, lookup, states, onSelectActor]);

  return (
    <div
      className="world-map"
      ref={wrapper}
      tabIndex={0}
      role="group"
      aria-label="World map. Arrow keys move between countries with a reported position, Enter selects one, plus and minus zoom."
      onKeyDown={onKey}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      {drawing}
      {world.isError && (
        <div className="map-error" role="alert">
          <p>{world.error.message}</p>
          <button type="button" onClick={() => void world.refetch()}>
            Retry
          </button>
        </div>
      )}
      <div className="zoom-controls" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(1.5)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.5)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => setView(HOME)} aria-label="Reset zoom">
          ⟲
        </button>
      </div>
      {tip && (
        <div className="map-tip" role="status" style={tipPosition(tip)}>
          <strong>{tip.actor?.name ?? tip.name}</strong>
          {tip.actor?.id === subject ? (
            <span>The country in crisis</span>
          ) : tip.state ? (
            <>
              <span>{lookup.stance(tip.state.stance)?.label}</span>
              <span>since {formatDate(tip.state.since)}</span>
              <span>
                {formatCount(tip.state.sources)} source{tip.state.sources === 1 ? "" : "s"}
              </span>
            </>
          ) : (
            <span>No position reported</span>
          )}
        </div>
      )}
    </div>
  );
}

/** Where the tooltip goes, and its widest: below right of the point, or left of it where it would leave the window. */
function tipPosition({ x, y }: Tip) {
  const fits = x + 12 + TIP_WIDTH <= window.innerWidth - 4;
  return { left: fits ? x + 12 : Math.max(4, x - 12 - TIP_WIDTH), top: y + 12, maxWidth: TIP_WIDTH };
}
const TIP_WIDTH = 220;

interface ShapesProps {
  shapes: readonly CountryPath[];
  colour: (actor: Actor | undefined) => string;
  shapeProps: (
    name: string,
    actor: Actor | undefined,
  ) => { className: string; "data-actor": string | undefined; "data-stance": string; "data-name": string };
  byNumeric: Map<string, Actor>;
  subject: ActorId;
}

/** The country paths, projected by the build; each re-renders only when its own fill or classes change. */
const Shapes = memo(function Shapes({ shapes, colour, shapeProps, byNumeric, subject }: ShapesProps) {
  return (
    <g>
      {shapes.map((s, i) => {
        const actor = s.id ? byNumeric.get(s.id) : undefined;
        return (
          <CountryPath
            key={s.id ?? `x${i}`}
            d={s.d}
            fill={actor?.id === subject ? "url(#subject-hatch)" : colour(actor)}
            {...shapeProps(s.name, actor)}
          />
        );
      })}
    </g>
  );
});

/** One country's path; re-renders only when its own fill, classes or data change. */
const CountryPath = memo(function CountryPath(props: {
  d: string;
  fill: string;
  className: string;
  "data-actor": string | undefined;
  "data-stance": string;
  "data-name": string;
}) {
  return <path {...props} />;
});
