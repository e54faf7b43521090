// Heading candidates in a document's text: lines that begin with "Item 7.", "ITEMS 1 AND 2.",
// "PART II - ITEM 5", "Item 2.02" (leading tabs of table rows allowed), and PART headings.
// A line that begins with "Item 7 of ..." (a wrapped cross reference) is not a heading.

export interface ItemHeading {
  /** Offset of the line's first non-blank character. */
  start: number;
  /** Offset of the end of the line. */
  lineEnd: number;
  /** Item numbers as printed, upper-cased: ["1", "2"] for "Items 1 and 2", ["1A"], ["2.02"]. */
  numbers: string[];
  /** The part named on the same line ("PART II - Item 5"), else null. */
  part: string | null;
  /** What follows the number on the line (the title, perhaps followed by text or a page number). */
  rest: string;
}

export interface PartHeading {
  start: number;
  part: string;
}

const ITEM_LINE =
  /^[ \t\f\u00a0]*(?:PART[ \t\u00a0]+(I{1,3}|IV)[ \t\u00a0]*[.,:\-\u2013\u2014]?[ \t\u00a0]*)?ITEMS?[ \t\u00a0]*(\d{1,2}(?:\.\d{2})?)(?![\d.]\d)([^\n]*)$/gim;
const PART_LINE = /^[ \t\f\u00a0]*PART[ \t\u00a0]+(IV|I{1,3})(?![A-Z])([^\n]*)$/gim;
/** A letter glued to the number: "1A", "7(a)", "1 A.", "16.A.", "4T". */
const LETTER =
  /^(?:\.?\(([A-D])\)|\.([A-J])(?=\.)|([A-JT])(?=[\s.:\-\u2013\u2014)(]|$)|[ \u00a0]([A-D])(?=[.:\-\u2013\u2014)]))/i;
/** ", 2", " and 2", " & 3", " through 4" after the first number. */
const MORE =
  /^[ \u00a0]*(?:,[ \u00a0]*and|,|and|&|through)[ \u00a0]*(?:items?[ \u00a0]*)?(\d{1,2})(?:\(?([A-D])\)?(?![a-z]))?(?![\d.]\d)/i;
/** What a cross reference continues with: "Item 7 of Part II", "Item 8 above", "Item 1(a)(2)". */
const REFERENCE = /^[ \u00a0]*(?:[a-z]|[,;(]|\d)/;

/** Where "Item 7" / "ITEMS 1" occurs: the line it is on is then matched against ITEM_LINE. */
const ITEM_WORD = /items?[ \t\u00a0]*\d/gi;
const PART_WORD = /part[ \t\u00a0]+(?:iv|i{1,3})\b/gi;
/** The line patterns, sticky: matched at a line's start only, never searching on. */
const ITEM_AT = new RegExp(ITEM_LINE.source, 'imy');
const PART_AT = new RegExp(PART_LINE.source, 'imy');

/**
 * Runs a line pattern (`^…$`, gm) only on the lines holding a match of `word`: a multiline
 * pattern tried at every character costs several times more on long filings.
 */
function* lineMatches(text: string, word: RegExp, line: RegExp): Generator<RegExpExecArray> {
  word.lastIndex = 0;
  let done = -1;
  for (let w = word.exec(text); w; w = word.exec(text)) {
    const start = text.lastIndexOf('\n', w.index) + 1;
    if (start <= done) continue;
    line.lastIndex = start;
    const m = line.exec(text);
    if (m) {
      done = start + m[0].length;
      word.lastIndex = Math.max(word.lastIndex, done);
      yield m;
    } else done = start;
  }
}

export function findItemHeadings(text: string): ItemHeading[] {
  const out: ItemHeading[] = [];
  for (const m of lineMatches(text, ITEM_WORD, ITEM_AT)) {
    const lineStart = m.index;
    let rest = m[3]!;
    let first = m[2]!;
    const letter = LETTER.exec(rest);
    if (letter) {
      first += (letter[1] ?? letter[2] ?? letter[3] ?? letter[4]!).toUpperCase();
      rest = rest.slice(letter[0].length);
    }
    // "Item 4T" / "Item 9A(T)": the temporary version of an item is that item.
    const temporary = /^\(T\)/i.exec(rest);
    if (temporary) rest = rest.slice(temporary[0].length);
    if (first.endsWith('T')) first = first.slice(0, -1);
    const numbers = [first];
    for (let more = MORE.exec(rest); more; more = MORE.exec(rest)) {
      numbers.push(more[1]! + (more[2] ?? '').toUpperCase());
      rest = rest.slice(more[0].length);
    }
    if (REFERENCE.test(rest)) continue;
    let start = lineStart;
    while (start < text.length && /[ \t\f\u00a0]/.test(text[start]!)) start++;
    out.push({
      start,
      lineEnd: lineStart + m[0].length,
      numbers,
      part: m[1] ? m[1].toUpperCase() : null,
      rest: rest.replace(/^[\s.:\-\u2013\u2014)]+/, ''),
    });
  }
  return out;
}

export function findPartHeadings(text: string): PartHeading[] {
  const out: PartHeading[] = [];
  for (const m of lineMatches(text, PART_WORD, PART_AT)) {
    if (REFERENCE.test(m[2]!) && !/^\s*$/.test(m[2]!)) continue;
    let start = m.index;
    while (/[ \t\f\u00a0]/.test(text[start]!)) start++;
    out.push({ start, part: m[1]!.toUpperCase() });
  }
  return out;
}

/** The printed title: the rest of the line up to a sentence end, a tab or a page number. */
export function printedTitle(rest: string): string {
  let t = rest.replace(/\s+/g, ' ').trim();
  t = t.replace(/(?:\s+|\.{2,}\s*|\s*\t\s*)\d{1,3}$/, '').trim();
  const cut = /[.:;]\s+[A-Z(]/.exec(t);
  if (cut && cut.index > 2) t = t.slice(0, cut.index + 1);
  if (t.length > 160) t = t.slice(0, 160).replace(/\s+\S*$/, '');
  return t.replace(/[\s.\-\u2013\u2014:]+$/, '');
}

/** Letters in text[from, to): how much prose a heading is followed by. */
export function lettersBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

/** Whether text[from, to) holds a letter (stops at the first: sections run to hundreds of KB). */
export function hasLetters(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}
