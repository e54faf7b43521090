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
  const open = new RegExp(`<(?:[A-Za-z_][\\w.-]{0,30}:)?${local}(?=[\\s/>])`, 'g');
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m || m.index >= to) return null;
  const tagEnd = xml.indexOf('>', m.index);
  if (tagEnd < 0 || tagEnd >= to) return null;
  const tag = xml.slice(m.index, tagEnd + 1);
  if (tag.endsWith('/>')) {
    return { start: m.index, contentStart: tagEnd + 1, contentEnd: tagEnd + 1, end: tagEnd + 1, tag };
  }
  const name = m[0].slice(1);
  const close = closingTag(xml, name, tagEnd + 1, to);
  return {
    start: m.index,
    contentStart: tagEnd + 1,
    contentEnd: close < 0 ? tagEnd + 1 : close,
    end: close < 0 ? tagEnd + 1 : xml.indexOf('>', close) + 1,
    tag,
  };
}

/** Offset of the end tag matching an element opened just before `from`, nesting counted. */
function closingTag(xml: string, name: string, from: number, to: number): number {
  const closeTag = `</${name}`;
  const openTag = `<${name}`;
  let depth = 1;
  let at = from;
  // Nesting of the same element is rare (ix:continuation aside); cap the walk anyway.
  for (let guard = 0; guard < 10_000; guard++) {
    const close = xml.indexOf(closeTag, at);
    if (close < 0 || close >= to) return -1;
    let nextOpen = xml.indexOf(openTag, at);
    while (nextOpen >= 0 && nextOpen < close && !/[\s/>]/.test(xml[nextOpen + openTag.length] ?? '')) {
      nextOpen = xml.indexOf(openTag, nextOpen + 1);
    }
    if (nextOpen >= 0 && nextOpen < close) {
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
