// Cuts a plain-text snippet around the first hit: whitespace runs collapsed to one space,
// '…' where the text was cut, and the hits inside it re-based onto the snippet.
// The window (which part of the text, which hits) is chosen apart from the cutting, so a
// snippet can also be cut from a prefix of the text (see snippet-text).
import type { Hit, HitFinder } from './hits';

export interface Snippet {
  snippet: string;
  snippetHits: Hit[];
}

/** The raw range [start, end) a snippet shows, and the hits wholly inside it. */
export interface SnippetWindow {
  start: number;
  end: number;
  inside: Hit[];
  /** Whether the text had a hit at all (else the window is the text's head). */
  hit: boolean;
}

const WIDTH = 240;
const LEAD = 70;

/** /\s/ on one UTF-16 unit, by its code: the loops below run per character. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x2000) return c === 0xa0 || c === 0x1680;
  return c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function snapForward(text: string, i: number, limit: number): number {
  for (let k = i; k < Math.min(limit, i + 20); k++) if (isSpace(text.charCodeAt(k))) return k + 1;
  return i;
}

function snapBack(text: string, i: number, floor: number): number {
  for (let k = i; k > Math.max(floor, i - 20); k--) if (isSpace(text.charCodeAt(k - 1))) return k - 1;
  return i;
}

/** Looks for hits only as far as the window's end. */
export function snippetWindow(text: string, finder: HitFinder): SnippetWindow {
  const first = finder.hits(text).next();
  const anchor = first.done ? 0 : first.value[0];
  const start = anchor > LEAD ? snapForward(text, anchor - LEAD, anchor) : 0;
  let end = Math.min(text.length, start + WIDTH);
  if (end < text.length) end = snapBack(text, end, first.done ? start : first.value[1]);
  const inside: Hit[] = [];
  if (!first.done) {
    end = Math.max(end, first.value[1]);
    inside.push(first.value);
    for (const h of finder.hits(text, first.value[1], end)) if (h[1] <= end) inside.push(h);
  }
  return { start, end, inside, hit: !first.done };
}

/** The snippet of `w`; `more` says whether the whole text goes on past `w.end` (a trailing '…'). */
export function cutSnippet(text: string, w: SnippetWindow, more: boolean): Snippet {
  const { end, inside } = w;
  let start = w.start;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  // Collapse whitespace, mapping raw offsets to snippet offsets as we go. Text between runs
  // other than a single ' ' is copied by slices, not per character.
  const map = new Int32Array(end - start + 1);
  let out = start > 0 ? '…' : '';
  let len = out.length;
  let copied = start;
  for (let i = start; i < end;) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) {
      map[i++ - start] = len++;
      continue;
    }
    map[i - start] = len++;
    let j = i + 1;
    for (; j < end && isSpace(text.charCodeAt(j)); j++) map[j - start] = len;
    if (c !== 32 || j > i + 1) {
      out += text.slice(copied, i) + ' ';
      copied = j;
    }
    i = j;
  }
  out += text.slice(copied, end);
  map[end - start] = len;
  out = out.trimEnd();
  const snippetHits = inside.map(([s, e]): Hit => [map[s - start], Math.min(map[e - start], out.length)]);
  if (more) out += '…';
  return { snippet: out, snippetHits };
}

export function makeSnippet(text: string, finder: HitFinder): Snippet {
  const w = snippetWindow(text, finder);
  return cutSnippet(text, w, w.end < text.length);
}
