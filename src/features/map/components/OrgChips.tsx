import { StanceSwatch } from "../../../components/StanceSwatch";
import type { Lookup } from "../../../dataset/lookup";
import type { Overview } from "../../../dataset/parts";
import type { ActorId } from "../../../dataset/schema";
import type { StanceState } from "../../../dataset/stance-index";

interface Props {
  overview: Overview;
  lookup: Lookup;
  states: ReadonlyMap<ActorId, StanceState>;
  selected: ActorId | null;
  onSelectActor: (actor: ActorId) => void;
}

/** Organisations (UN, OAS, EU…) as chips coloured by their stance on the day; each selects the organisation. */
export function OrgChips({ overview, lookup, states, selected, onSelectActor }: Props) {
  const orgs = overview.actors.filter((a) => a.kind === "organization");
  if (orgs.length === 0) return null;
  return (
    <ul className="org-chips" aria-label="Organisations">
      {orgs.map((o) => {
        const s = states.get(o.id);
        const stance = lookup.stance(s?.stance);
        return (
          <li key={o.id}>
            <button
              type="button"
              className="chip"
              data-actor={o.id}
              data-stance={s?.stance ?? "none"}
              aria-pressed={selected === o.id}
              onClick={() => onSelectActor(o.id)}
            >
              <StanceSwatch stance={stance} noneColor={overview.topic.noneColor} />
              {o.id === "LIMA" ? "Lima Group" : o.id}{" "}
              <span className="chip-stance">{stance?.label ?? "No position"}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
