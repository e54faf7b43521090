// Cuts a plain-text snippet around the first hit: whitespace runs collapsed to one space,
// '…' where the text was cut, and the hits inside it re-based onto the snippet.
import type { Hit } from './hits';

export interface Snippet {
  snippet: string;
  snippetHits: Hit[];
}

const WIDTH = 240;
const LEAD = 70;
const SPACE = /\s/;

function snapForward(text: string, i: number, limit: number): number {
  for (let k = i; k < Math.min(limit, i + 20); k++) if (SPACE.test(text[k])) return k + 1;
  return i;
}

function snapBack(text: string, i: number, floor: number): number {
  for (let k = i; k > Math.max(floor, i - 20); k--) if (SPACE.test(text[k - 1])) return k - 1;
  return i;
}

export function makeSnippet(text: string, hits: Iterator<Hit>): Snippet {
  const first = hits.next();
  const anchor = first.done ? 0 : first.value[0];
  let start = anchor > LEAD ? snapForward(text, anchor - LEAD, anchor) : 0;
  let end = Math.min(text.length, start + WIDTH);
  if (end < text.length) end = snapBack(text, end, first.done ? start : first.value[1]);
  const inside: Hit[] = [];
  if (!first.done) {
    end = Math.max(end, first.value[1]);
    inside.push(first.value);
    for (let h = hits.next(); !h.done && h.value[0] < end; h = hits.next()) {
      if (h.value[1] <= end) inside.push(h.value);
    }
  }
  // Collapse whitespace, mapping raw offsets to snippet offsets as we go.
  while (start < end && SPACE.test(text[start])) start++;
  const map = new Int32Array(end - start + 1);
  let out = start > 0 ? '…' : '';
  let inSpace = false;
  for (let i = start; i < end; i++) {
    map[i - start] = out.length;
    const c = text[i];
    if (SPACE.test(c)) {
      if (!inSpace) out += ' ';
      inSpace = true;
    } else {
      out += c;
      inSpace = false;
    }
  }
  map[end - start] = out.length;
  out = out.trimEnd();
  const snippetHits = inside.map(([s, e]): Hit => [map[s - start], Math.min(map[e - start], out.length)]);
  if (end < text.length) out += '…';
  return { snippet: out, snippetHits };
}
