import { type RefObject, useEffect, useRef } from 'react';

/** How far below the visible end of the text the next step is asked for. */
const AHEAD_PX = 1500;

/**
 * Placed after the text of a part loaded in steps: asks for the next step when the reader
 * scrolls within AHEAD_PX of it (again after each step, while it stays near).
 */
export function LoadMore({ scroller, onNear }: { scroller: RefObject<HTMLElement | null>; onNear: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useRef(onNear);
  useEffect(() => {
    near.current = onNear;
  }, [onNear]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && near.current(), {
      root: scroller.current,
      rootMargin: `0px 0px ${AHEAD_PX}px 0px`,
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [scroller]);
  return (
    <p ref={ref} className="viewer-note muted" data-testid="load-more" aria-live="polite">
      Loading more of this document as you scroll…
    </p>
  );
}
