// A small tolerant scanner for XML and inline-XBRL markup: find elements by local name (any
// namespace prefix), read their text. No DOM: src/shared runs where DOMParser does not exist.
// Every search is indexOf- or bounded-regex-driven, so malformed input costs linear time.

export interface ElementSpan {
  /** Offset of "<" of the start tag. */
  start: number;
  /** Offset just past the start tag's ">". */
  contentStart: number;
  /** Offset of the end tag's "<" (or contentStart for an empty element). */
  contentEnd: number;
  /** Offset just past the end tag (or the start tag when empty/unclosed). */
  end: number;
  /** The start tag's text, for attributes. */
  tag: string;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  rsquo: '\u2019',
  lsquo: '\u2018',
  ldquo: '\u201c',
  rdquo: '\u201d',
  ndash: '\u2013',
  mdash: '\u2014',
};

export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ent: string) => {
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ent.toLowerCase()] ?? whole;
  });
}

/** Text content of markup: tags dropped, entities decoded, whitespace collapsed. */
export function markupText(s: string): string {
  return decodeXmlEntities(s.replace(/<[^>]{0,2000}>/g, ' '))
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** The first element named `local` (with or without a namespace prefix) in [from, to). */
export function findElement(xml: string, local: string, from = 0, to = xml.length): ElementSpan | null {
  // Searched in a view of [from, to): a missing element costs the window, not the document.
  const m = new RegExp(`<(?:[A-Za-z_][\\w.-]{0,30}:)?${local}(?=[\\s/>])`).exec(xml.slice(from, to));
  if (!m) return null;
  const start = from + m.index;
  const tagEnd = indexWithin(xml, '>', start, to);
  if (tagEnd < 0) return null;
  const tag = xml.slice(start, tagEnd + 1);
  if (tag.endsWith('/>')) {
    return { start, contentStart: tagEnd + 1, contentEnd: tagEnd + 1, end: tagEnd + 1, tag };
  }
  const name = m[0].slice(1);
  const close = closingTag(xml, name, tagEnd + 1, to);
  return {
    start,
    contentStart: tagEnd + 1,
    contentEnd: close < 0 ? tagEnd + 1 : close,
    end: close < 0 ? tagEnd + 1 : indexWithin(xml, '>', close, to) + 1 || close + name.length + 3,
    tag,
  };
}

/** indexOf that looks no further than `to` (a slice is a cheap view in V8), so a scan for a
 * missing end tag costs the window, not the rest of the document. */
function indexWithin(s: string, needle: string, from: number, to: number): number {
  if (from >= to) return -1;
  const i = s.slice(from, Math.min(s.length, to + needle.length)).indexOf(needle);
  return i < 0 ? -1 : from + i;
}

/** Whether the tag name ends at `at` (so "</issuer" does not match "</issuerCik>"). */
const nameEndsAt = (s: string, at: number): boolean => /[\s/>]/.test(s[at] ?? '');

/** Offset of the end tag matching an element opened just before `from`, nesting counted. */
function closingTag(xml: string, name: string, from: number, to: number): number {
  const closeTag = `</${name}`;
  const openTag = `<${name}`;
  let depth = 1;
  let at = from;
  // Nesting of the same element is rare (ix:continuation aside); cap the walk anyway.
  for (let guard = 0; guard < 10_000; guard++) {
    let close = indexWithin(xml, closeTag, at, to);
    while (close >= 0 && !nameEndsAt(xml, close + closeTag.length)) {
      close = indexWithin(xml, closeTag, close + 1, to);
    }
    if (close < 0) return -1;
    let nextOpen = indexWithin(xml, openTag, at, close);
    while (nextOpen >= 0 && !nameEndsAt(xml, nextOpen + openTag.length)) {
      nextOpen = indexWithin(xml, openTag, nextOpen + 1, close);
    }
    if (nextOpen >= 0) {
      depth++;
      at = nextOpen + openTag.length;
      continue;
    }
    if (--depth === 0) return close;
    at = close + closeTag.length;
  }
  return -1;
}

/** Text of the first element at a path of local names ("issuer/issuerName"), or null. */
export function textAt(xml: string, path: string, from = 0, to = xml.length): string | null {
  let span: ElementSpan | null = null;
  let lo = from;
  let hi = to;
  for (const local of path.split('/')) {
    span = findElement(xml, local, lo, hi);
    if (!span) return null;
    lo = span.contentStart;
    hi = span.contentEnd;
  }
  if (!span) return null;
  const text = markupText(xml.slice(span.contentStart, span.contentEnd));
  return text === '' ? null : text;
}

/** Every element named `local` in [from, to), in order (at most `limit`). */
export function allElements(xml: string, local: string, from = 0, to = xml.length, limit = 1000): ElementSpan[] {
  const spans: ElementSpan[] = [];
  let at = from;
  while (spans.length < limit) {
    const span = findElement(xml, local, at, to);
    if (!span) break;
    spans.push(span);
    at = Math.max(span.end, span.contentStart);
  }
  return spans;
}

/** An attribute's value in a start tag. */
export function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s{0,3}=\\s{0,3}(?:"([^"]{0,500})"|'([^']{0,500})')`, 'i').exec(tag);
  return m ? decodeXmlEntities(m[1] ?? m[2] ?? '') : null;
}
