import { useMemo, useState } from "react";
import { formatDate, formatShortDate } from "../../../components/format-date";
import { StanceSwatch } from "../../../components/StanceSwatch";
import type { Lookup } from "../../../dataset/lookup";
import type { Overview } from "../../../dataset/parts";
import type { ActorId, IsoDate } from "../../../dataset/schema";
import type { StanceIndex } from "../../../dataset/stance-index";
import { sortRows, tableRows, type SortKey } from "../lib/table-rows";

interface Props {
  overview: Overview;
  index: StanceIndex;
  lookup: Lookup;
  date: IsoDate;
  selected: ActorId | null;
  onSelectActor: (actor: ActorId) => void;
}

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "name", label: "Actor" },
  { key: "stance", label: "Stance on the day" },
  { key: "since", label: "Since" },
  { key: "sources", label: "Sources" },
];

/** Every actor with a position, sortable: the keyboard and screen-reader route to what the map shows. */
export function ActorTable({ overview, index, lookup, date, selected, onSelectActor }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "stance", dir: 1 });
  const rows = useMemo(
    () => sortRows(tableRows(overview, index, lookup, date), sort.key, sort.dir),
    [overview, index, lookup, date, sort],
  );
  return (
    <div className="table-scroll">
      <table className="actor-table">
        <caption className="visually-hidden">Stance of every actor on {formatDate(date)}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? (sort.dir === 1 ? "ascending" : "descending") : "none"}
              >
                <button
                  type="button"
                  onClick={() =>
                    setSort((s) => ({ key: c.key, dir: s.key === c.key ? (-s.dir as 1 | -1) : 1 }))
                  }
                >
                  {c.label}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.actor.id}
              data-actor={r.actor.id}
              data-stance={r.state?.stance ?? "none"}
              aria-selected={selected === r.actor.id}
            >
              <th scope="row">
                <button type="button" className="link" onClick={() => onSelectActor(r.actor.id)}>
                  {r.actor.name}
                </button>
                {r.actor.kind === "organization" && <span className="muted"> (organisation)</span>}
              </th>
              <td>
                <StanceSwatch stance={lookup.stance(r.state?.stance)} noneColor={overview.topic.noneColor} />{" "}
                {lookup.stance(r.state?.stance)?.label ?? "No position reported"}
              </td>
              <td>{r.state ? formatShortDate(r.state.since) : "—"}</td>
              <td>{r.state?.sources ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
