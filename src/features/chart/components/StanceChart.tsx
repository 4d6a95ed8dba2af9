import { useMemo } from "react";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatShortDate } from "../../../components/format-date";
import type { Overview } from "../../../dataset/parts";
import type { IsoDate } from "../../../dataset/schema";
import type { StanceIndex } from "../../../dataset/stance-index";
import { stanceSeries, thinSteps } from "../lib/stance-series";

interface Props {
  overview: Overview;
  index: StanceIndex;
  date: IsoDate;
  onDateChange: (date: IsoDate, how: "commit") => void;
}

/** Countries per stance over time (stepped), a line at the selected day; clicking the chart selects that day. */
/** Plot geometry, fixed so the day marker can be placed over the plot without asking recharts. */
const MARGIN = { top: 8, right: 16, bottom: 8, left: 0 };
const Y_AXIS_WIDTH = 32;
const X_PAD = 10;
const X_AXIS_HEIGHT = 30;
/** No vertical grid lines, and no work computing where they would go. */
const NO_LINES = () => [];
/** Up to this many days, recharts picks the labels that fit by measuring them; beyond, every n-th day is labelled. */
const MEASURED_TICKS = 60;
/** At most this many day labels under a long series. */
const MAX_X_TICKS = 8;
/** Screen pixels per point drawn: a long series is thinned to about this (recharts' work grows with the points). */
const PX_PER_POINT = 2;

export function StanceChart({ overview, index, date, onDateChange }: Props) {
  const data = useMemo(() => stanceSeries(overview, index), [overview, index]);
  const at = data.findLastIndex((p) => p.date <= date); // the step the selected day falls in
  const step = data[at];
  const summary = step
    ? `On ${formatShortDate(date)}: ${overview.topic.stances.map((s) => `${s.label} ${step[s.id]}`).join(", ")}.`
    : `No country had a reported position on ${formatShortDate(date)}.`;
  // about one day label per 150 px of screen, so labels do not overlap on a phone
  const labels = Math.max(3, Math.min(MAX_X_TICKS, Math.floor(window.innerWidth / 150)));
  // two years of change days are more points than the chart has pixels on a phone
  const plotted = useMemo(
    () => thinSteps(data, Math.max(2, Math.floor(window.innerWidth / PX_PER_POINT))),
    [data],
  );
  // The chart itself does not depend on the day, so moving the day does not re-render recharts: only the
  // marker over it moves.
  const plot = useMemo(
    () => (
      <ResponsiveContainer>
        <LineChart
          data={plotted}
          margin={MARGIN}
          onClick={(e) => {
            const label = (e as { activeLabel?: string } | null)?.activeLabel;
            if (label) onDateChange(label as IsoDate, "commit");
          }}
        >
          {/* horizontal lines only: vertical ones would make recharts measure the text of every day */}
          <CartesianGrid stroke="#e5e7eb" vertical={false} verticalCoordinatesGenerator={NO_LINES} />
          <XAxis
            dataKey="date"
            scale="point"
            padding={{ left: X_PAD, right: X_PAD }}
            height={X_AXIS_HEIGHT}
            // on a long series a fixed interval: left to choose, recharts measures the text of every day's label
            interval={
              plotted.length > MEASURED_TICKS ? Math.ceil(plotted.length / labels) - 1 : "preserveEnd"
            }
            tickFormatter={(d: string) => formatShortDate(d as IsoDate)}
            fontSize={12}
          />
          {/* every tick recharts chooses (a handful): left to thin them, it measures each label's text in the DOM */}
          <YAxis allowDecimals={false} fontSize={12} width={Y_AXIS_WIDTH} interval={0} />
          <Tooltip labelFormatter={(d) => formatShortDate(String(d) as IsoDate)} />
          {overview.topic.stances.map((s) => (
            <Line
              key={s.id}
              type="stepAfter"
              dataKey={s.id}
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    ),
    [plotted, labels, overview.topic.stances, onDateChange],
  );
  const inset = MARGIN.left + Y_AXIS_WIDTH + X_PAD;
  const span = inset + MARGIN.right + X_PAD;
  const fraction = data.length > 1 ? Math.max(0, at) / (data.length - 1) : 0;
  return (
    <figure className="stance-chart">
      <figcaption>Countries per stance over time (organisations not counted). {summary}</figcaption>
      <div
        style={{ width: "100%", height: 240, position: "relative" }}
        role="img"
        aria-label={`Chart of countries per stance over time. ${summary}`}
      >
        {plot}
        {step && (
          <div
            className="chart-marker"
            style={{
              left: `calc(${inset}px + (100% - ${span}px) * ${fraction})`,
              top: MARGIN.top,
              bottom: MARGIN.bottom + X_AXIS_HEIGHT,
            }}
          />
        )}
      </div>
    </figure>
  );
}

export default StanceChart;
