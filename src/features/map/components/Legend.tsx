import { StanceSwatch } from "../../../components/StanceSwatch";
import type { Overview } from "../../../dataset/parts";
import type { ActorId, StanceId } from "../../../dataset/schema";
import type { StanceState } from "../../../dataset/stance-index";
import { legendCounts } from "../lib/map-model";

interface Props {
  overview: Overview;
  states: ReadonlyMap<ActorId, StanceState>;
  highlight: StanceId | null;
  onHighlight: (stance: StanceId | null) => void;
}

/** The legend: each stance's count of countries on the day; pressing one highlights its countries. */
export function Legend({ overview, states, highlight, onHighlight }: Props) {
  const countries = overview.actors.filter((a) => a.kind === "country" && a.id !== overview.topic.subject);
  const { byStance } = legendCounts(states, countries);
  return (
    <ul className="legend" aria-label="Legend: countries per stance on the selected day">
      {overview.topic.stances.map((s) => (
        <li key={s.id} data-stance={s.id}>
          <button
            type="button"
            aria-pressed={highlight === s.id}
            onClick={() => onHighlight(highlight === s.id ? null : s.id)}
            title={s.description}
          >
            <StanceSwatch stance={s} />
            {s.label} <span className="count">{byStance[s.id]}</span>
          </button>
        </li>
      ))}
      <li className="legend-static">
        <StanceSwatch stance={undefined} noneColor={overview.topic.noneColor} />
        No position reported
      </li>
      <li className="legend-static">
        <span className="swatch hatch" aria-hidden="true" />
        Venezuela (subject)
      </li>
    </ul>
  );
}
