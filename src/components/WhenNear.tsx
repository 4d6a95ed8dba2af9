import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";

interface Props {
  /** The height held for the children until they render, so nothing shifts. */
  minHeight: number;
  /** How far below the viewport the place may be when the children render: "20%" of its height ahead, "0%" only
   * once it shows. */
  ahead?: string;
  /** Names the place, for styles and for tests that scroll to it as a reader would. */
  className?: string;
  children: ReactNode;
}

/**
 * Renders its children once their place comes near the viewport, holding that place meanwhile (so nothing
 * shifts). Keeps below-the-fold work, such as a chart, off the first paint.
 */
export function WhenNear({ minHeight, ahead = "20%", className, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    // rendered as a transition, so a slider step or a click while it mounts is not kept waiting
    const io = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && startTransition(() => setNear(true)),
      { rootMargin: `0px 0px ${ahead} 0px` },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [near, ahead]);
  return (
    <div ref={ref} className={className} style={{ minHeight }}>
      {near ? children : null}
    </div>
  );
}
