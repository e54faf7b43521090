// Places the core's hits (offsets into a document's text, as the parser extracted it from the
// HTML) on the text nodes of the same HTML as the browser parsed it. The two texts differ in
// whitespace (line breaks for blocks, tabs for cells, collapsed runs), sometimes in content
// (what the sanitiser drops, a title outside <head>), and rarely in a decoded character. So
// both sides are compared without whitespace, each hit is taken where the texts are aligned
// when they agree there, else found forward from the last hit with its surrounding characters
// as an anchor (then fewer, then one side's). Hits keep their order; a hit not found is left
// out and counted. Pure: the DOM side (mark-hits.ts) passes the text nodes' strings.

export type Hit = readonly [number, number];

/** Part of one hit inside one text segment: [start, end) in that segment's string. */
export interface SegmentRange {
  segment: number;
  start: number;
  end: number;
  hit: number;
  /** The hit's first range (the one a link to the hit targets). */
  first: boolean;
}

export interface HitPlacement {
  ranges: SegmentRange[];
  /** Hits placed; the others are not in the HTML's text as far as can be told. */
  placed: number;
}

/**
 * Characters before and after a hit that must agree for it to be placed there: both sides,
 * else one (an entity decoded differently next to the hit). Never the hit alone: a common
 * word alone would be placed on the next occurrence, and every hit after it shifted.
 */
const ANCHORS: readonly (readonly [number, number])[] = [
  [24, 24],
  [8, 8],
  [12, 0],
  [0, 12],
];
/** How far past the expected place a hit is looked for before the rest of the document. */
const WINDOW = 20_000;
/** Whole-document searches for hits not found nearby, after which only nearby ones are placed. */
const MAX_FAR_SEARCHES = 64;

/** Whitespace in either text: what HTML collapses, plus the no-break and typographic spaces. */
function isSpace(c: number): boolean {
  return (
    c <= 32 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x85
  );
}

/** The text without whitespace, and for each of its characters where it came from. */
function squeeze(parts: readonly string[]): { chars: string; part: Int32Array; at: Int32Array } {
  let total = 0;
  for (const p of parts) total += p.length;
  const part = new Int32Array(total);
  const at = new Int32Array(total);
  const out: string[] = [];
  let n = 0;
  parts.forEach((p, k) => {
    let runStart = -1;
    for (let i = 0; i <= p.length; i++) {
      const space = i === p.length || isSpace(p.charCodeAt(i));
      if (!space) {
        if (runStart < 0) runStart = i;
        part[n] = k;
        at[n++] = i;
      } else if (runStart >= 0) {
        out.push(p.slice(runStart, i));
        runStart = -1;
      }
    }
  });
  return { chars: out.join(''), part: part.subarray(0, n), at: at.subarray(0, n) };
}

/** For each offset of `text` (0..length), how many non-space characters come before it. */
function squeezedOffsets(text: string): Int32Array {
  const before = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = n;
    if (!isSpace(text.charCodeAt(i))) n++;
  }
  before[text.length] = n;
  return before;
}

/**
 * Where each of `hits` (sorted offsets into `text`) lies in `segments`. `partial`: `text` is a
 * part of the document taken from further in, so its start is found first.
 */
export function mapHits(
  segments: readonly string[],
  text: string,
  hits: readonly Hit[],
  opts: { partial?: boolean } = {},
): HitPlacement {
  const ranges: SegmentRange[] = [];
  if (hits.length === 0) return { ranges, placed: 0 };
  const d = squeeze(segments);
  const D = d.chars;
  const t = squeeze([text]);
  const T = t.chars;
  const tAt = squeezedOffsets(text);

  let cursor = 0;
  let delta = 0;
  if (opts.partial) {
    const head = T.slice(0, 64);
    const found = head ? D.indexOf(head) : -1;
    if (found >= 0) cursor = delta = found;
  }
  let placed = 0;
  let farSearches = 0;
  let prevTs = 0;
  let prevTe = 0;
  let prevDs = cursor;

  const agrees = (ts: number, te: number, ds: number, k: number): boolean => {
    const before = Math.min(k, ts, ds);
    const after = Math.min(k, T.length - te, D.length - (ds + te - ts));
    return (
      D.startsWith(T.slice(ts, te), ds) &&
      D.startsWith(T.slice(ts - before, ts), ds - before) &&
      D.startsWith(T.slice(te, te + after), ds + te - ts)
    );
  };

  const find = (ts: number, te: number, from: number): number => {
    const needle = T.slice(ts, te);
    const gap = Math.max(0, ts - prevTs);
    const windowEnd = from + WINDOW + 4 * gap + needle.length;
    const probes = ANCHORS.map(([b, a]) => {
      const before = T.slice(Math.max(0, ts - b), ts);
      return { before, probe: before + needle + T.slice(te, te + a) };
    });
    for (const { before, probe } of probes) {
      const start = Math.max(0, from - before.length);
      const near = D.slice(start, windowEnd + probe.length).indexOf(probe);
      if (near >= 0) return start + near + before.length;
    }
    if (farSearches >= MAX_FAR_SEARCHES) return -1;
    farSearches++;
    for (const { before, probe } of probes.slice(0, 2)) {
      const at = D.indexOf(probe, Math.max(0, windowEnd - before.length));
      if (at >= 0) return at + before.length;
    }
    return -1;
  };

  hits.forEach(([s, e], hit) => {
    const ts = tAt[Math.max(0, Math.min(s, text.length))]!;
    const te = tAt[Math.max(0, Math.min(e, text.length))]!;
    if (te <= ts) return;
    // Overlapping hits (rare) are looked for from the previous one's start.
    const from = ts < prevTe ? prevDs : cursor;
    const guess = ts + delta;
    const ds = guess >= from && agrees(ts, te, guess, 8) ? guess : find(ts, te, from);
    if (ds < 0) return;
    const de = ds + (te - ts);
    let first = true;
    for (let j = ds; j < de;) {
      const seg = d.part[j]!;
      let k = j;
      while (k + 1 < de && d.part[k + 1] === seg) k++;
      ranges.push({ segment: seg, start: d.at[j]!, end: d.at[k]! + 1, hit, first });
      first = false;
      j = k + 1;
    }
    placed++;
    delta = ds - ts;
    prevTs = ts;
    prevTe = te;
    prevDs = ds;
    cursor = de;
  });
  return { ranges, placed };
}
