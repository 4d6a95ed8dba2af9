import { useMemo } from "react";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatShortDate } from "../../../components/format-date";
import type { Dataset, IsoDate } from "../../../dataset/schema";
import type { StanceIndex } from "../../../dataset/stance-index";
import { stanceSeries } from "../lib/stance-series";

interface Props {
  dataset: Dataset;
  index: StanceIndex;
  date: IsoDate;
  onDateChange: (date: IsoDate, how: "commit") => void;
}

/** Countries per stance over time (stepped), a line at the selected day; clicking the chart selects that day. */
export function StanceChart({ dataset, index, date, onDateChange }: Props) {
  const data = useMemo(() => stanceSeries(dataset, index), [dataset, index]);
  const step = [...data].reverse().find((p) => p.date <= date); // the step the selected day falls in
  const marker = step?.date;
  const summary = step
    ? `On ${formatShortDate(date)}: ${dataset.topic.stances.map((s) => `${s.label} ${step[s.id]}`).join(", ")}.`
    : `No country had a reported position on ${formatShortDate(date)}.`;
  return (
    <figure className="stance-chart">
      <figcaption>Countries per stance over time (organisations not counted). {summary}</figcaption>
      <div
        style={{ width: "100%", height: 240 }}
        role="img"
        aria-label={`Chart of countries per stance over time. ${summary}`}
      >
        <ResponsiveContainer>
          <LineChart
            data={data}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
            onClick={(e) => {
              const label = (e as { activeLabel?: string } | null)?.activeLabel;
              if (label) onDateChange(label as IsoDate, "commit");
            }}
          >
            <CartesianGrid stroke="#e5e7eb" />
            <XAxis
              dataKey="date"
              tickFormatter={(d: string) => formatShortDate(d as IsoDate)}
              fontSize={12}
            />
            <YAxis allowDecimals={false} fontSize={12} width={32} />
            <Tooltip labelFormatter={(d) => formatShortDate(String(d) as IsoDate)} />
            {dataset.topic.stances.map((s) => (
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
            <ReferenceLine x={marker} stroke="#111827" strokeDasharray="4 3" />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export default StanceChart;
