import type { Stance } from "../dataset/schema";

/** A small colour square for a stance (`noneColor` when `stance` is undefined), hidden from screen readers. */
export function StanceSwatch({ stance, noneColor }: { stance: Stance | undefined; noneColor?: string }) {
  return <span className="swatch" aria-hidden="true" style={{ background: stance?.color ?? noneColor }} />;
}
