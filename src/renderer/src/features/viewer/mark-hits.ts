// Wraps the core's hits in <mark> elements inside the sanitised HTML, before it goes into the
// sandboxed frame (no script runs there, and the page cannot reach into it): hit-map.ts finds
// where each hit lies among the text nodes. Each hit's first mark has the id `hitAnchor(i)`, so
// the viewer steps through hits by moving the frame to that fragment (:target marks it).
import { mapHits, type Hit } from './hit-map';

/** Elements whose text is not shown: their text nodes take no part in matching. */
const UNSHOWN = 'style, script, title, template, noscript, textarea, head';

export const HIT_CLASS = 'edgar-hit';

export function hitAnchor(hit: number): string {
  return `edgar-hit-${hit}`;
}

/** Marks `hits` (offsets into `text`) in `root`'s text; returns how many could be placed. */
export function markHits(root: Element, text: string, hits: readonly Hit[], opts: { partial?: boolean } = {}): number {
  if (hits.length === 0) return 0;
  const doc = root.ownerDocument;
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest(UNSHOWN)) nodes.push(n as Text);
  }
  const { ranges, placed } = mapHits(
    nodes.map((n) => n.data),
    text,
    hits,
    opts,
  );
  // Last range first: splitting a node leaves the offsets of the ranges before it valid.
  for (let i = ranges.length - 1; i >= 0; i--) {
    const r = ranges[i]!;
    const mid = nodes[r.segment]!.splitText(r.start);
    mid.splitText(r.end - r.start);
    const mark = doc.createElement('mark');
    mark.className = HIT_CLASS;
    mark.setAttribute('data-hit', String(r.hit));
    if (r.first) mark.id = hitAnchor(r.hit);
    mid.replaceWith(mark);
    mark.append(mid);
  }
  return placed;
}
