import { memo, type ReactNode, useEffect, useMemo, useRef } from 'react';

interface Props {
  text: string;
  hits: [number, number][];
  /** Index into `hits` of the hit to show, or null. */
  current: number | null;
}

interface Page {
  start: number;
  nodes: ReactNode[];
}

/** Splits the text into pages at form feeds, marking each hit with its index. */
function buildPages(text: string, hits: [number, number][]): Page[] {
  const pages: Page[] = [];
  let hit = 0;
  let pageStart = 0;
  while (pageStart <= text.length) {
    const ff = text.indexOf('\f', pageStart);
    const pageEnd = ff < 0 ? text.length : ff;
    const nodes: ReactNode[] = [];
    let at = pageStart;
    while (hit < hits.length && hits[hit][0] < pageEnd) {
      const [s, e] = hits[hit];
      const start = Math.max(s, at);
      const end = Math.min(e, pageEnd);
      if (start > at) nodes.push(text.slice(at, start));
      if (end > start) {
        nodes.push(
          <mark key={hit} data-hit={hit}>
            {text.slice(start, end)}
          </mark>,
        );
        at = end;
      }
      if (e > pageEnd) break; // a hit across a page break continues on the next page
      hit++;
    }
    if (at < pageEnd) nodes.push(text.slice(at, pageEnd));
    pages.push({ start: pageStart, nodes });
    if (ff < 0) break;
    pageStart = ff + 1;
  }
  return pages;
}

/** Plain text in a monospace view, one sheet per page, hits marked. */
export const TextView = memo(function TextView({ text, hits, current }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const pages = useMemo(() => buildPages(text, hits), [text, hits]);

  // The current hit is marked through the DOM: re-rendering a long document per step is slow.
  // It is scrolled to when it changes or the text is replaced, not when text is appended (a
  // part loaded in steps grows as the reader scrolls: the view stays where the reader is).
  const shown = useRef<{ text: string; current: number | null } | null>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    root.querySelectorAll('mark.hit-current').forEach((m) => m.classList.remove('hit-current'));
    const before = shown.current;
    shown.current = { text, current };
    if (current === null) return;
    const marks = root.querySelectorAll(`mark[data-hit="${current}"]`);
    marks.forEach((m) => m.classList.add('hit-current'));
    const appended = before !== null && before.current === current && text.startsWith(before.text);
    if (!appended) marks[0]?.scrollIntoView({ block: 'center' });
  }, [current, pages, text]);

  if (text.length === 0) return <div className="state muted">This document has no text.</div>;
  return (
    <div ref={ref} className="text-view" data-testid="text-view">
      {pages.map((page, i) => (
        <pre
          key={page.start}
          data-start={page.start}
          className="text-page"
          aria-label={pages.length > 1 ? `Page ${i + 1}` : undefined}
        >
          {page.nodes}
        </pre>
      ))}
    </div>
  );
});
