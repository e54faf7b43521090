import { type RefObject, useEffect, useState } from 'react';
import { offsetTop } from './textOffsets';
import type { DocSection } from './sections';

/** How far below the top of the view a section's heading may be and still count as being read. */
const READING_LINE = 48;

/**
 * The section whose heading was last passed while scrolling the text view: the last one,
 * in text order, whose start lies above the reading line. `base`: where the shown part of a
 * long document starts in the whole text (section offsets are into the whole text).
 */
export function useCurrentSection(
  scroller: RefObject<HTMLElement | null>,
  sections: readonly DocSection[],
  base: number,
  partEnd: number,
  active: boolean,
): DocSection | null {
  const [current, setCurrent] = useState<DocSection | null>(null);
  useEffect(() => {
    const el = scroller.current;
    if (!el || !active || sections.length === 0) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const view = el.querySelector<HTMLElement>('[data-testid="text-view"]');
      let found: DocSection | null = null;
      for (const s of sections) {
        if (s.start >= partEnd) break;
        // A section begun before this part of a long document is being read at its top.
        const top = s.start < base ? -Infinity : view ? offsetTop(view, el, s.start - base) : null;
        if (top === null || top > READING_LINE) break;
        if (!found || s.start !== found.start) found = s; // items sharing a heading: the first
      }
      setCurrent((prev) => (prev?.code === found?.code && prev?.start === found?.start ? prev : found));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    onScroll(); // once laid out
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scroller, sections, base, partEnd, active]);
  return active && sections.length > 0 ? current : null;
}
