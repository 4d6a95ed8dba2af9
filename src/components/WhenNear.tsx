import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders its children once their place comes within a screen of the viewport, holding that place meanwhile
 * (so nothing shifts). Keeps below-the-fold work, such as a chart, off the first paint.
 */
export function WhenNear({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    // rendered as a transition, so a slider step or a click while it mounts is not kept waiting
    const io = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && startTransition(() => setNear(true)),
      {
        rootMargin: "0px 0px 20% 0px",
      },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [near]);
  return (
    <div ref={ref} style={{ minHeight }}>
      {near ? children : null}
    </div>
  );
}
