// The cover page as lines. Cover facts sit in the first pages, so only a bounded head of the
// text is examined: the work per document is constant, whatever its size.

/** How much of the text the cover readers look at. */
export const COVER_HEAD_CHARS = 15_000;

export interface Line {
  /** The line without its end-of-line, trimmed. */
  text: string;
  /** The line as written (untrimmed), for column positions in text tables. */
  raw: string;
  /** Offset of the line's first character in the head. */
  start: number;
}

export interface CoverText {
  head: string;
  lines: Line[];
}

/** Where the cover begins when something precedes it (hidden XBRL context text rendered into
 * the document, a long table of contents): at the Commission's name, if it comes late. */
const COMMISSION = /SECURITIES\s{1,3}AND\s{1,3}EXCHANGE\s{1,3}COMMISSION/i;
const LATE_COVER = 5_000;
const COVER_SEARCH = 200_000;
const LOOKBACK = 1_000;

export function coverStart(text: string): number {
  const m = COMMISSION.exec(text.slice(0, COVER_SEARCH));
  return m && m.index > LATE_COVER ? m.index - LOOKBACK : 0;
}

export function coverText(text: string, limit = COVER_HEAD_CHARS): CoverText {
  const start = coverStart(text);
  const head = text.slice(start, start + limit);
  const end = coverEnd(head);
  const cover = end < head.length ? head.slice(0, end) : head;
  return { head: cover, lines: splitLines(cover) };
}

/**
 * Headings that begin what follows a cover: a current report's first item ("Item 2.02
 * Results of..."), the signatures, an exhibit index (past the title lines), a table of contents
 * or "PART I" (past a whole cover page: modern documents put a "Table of Contents" link at the
 * top of every page). A value found below one (a body paragraph's "a Delaware corporation",
 * an exhibit cross-reference's file number, a TOC) is not a cover fact.
 */
const BODY_HEADINGS: [RegExp, number][] = [
  [/\n[ \t]*(?:ITEMS?\s{1,3}\d{1,2}\.\d{2}\b[^\n]{0,120}|SIGNATURES?|EXHIBIT\s{1,3}INDEX)[ \t]*\n/i, 400],
  [
    /\n[ \t]*(?:TABLE\s{1,3}OF\s{1,3}CONTENTS|INDEX\s{1,3}TO\s{1,3}(?:FORM|EXHIBITS|FINANCIAL)|PART\s{1,3}I\b\.?)[ \t]*\n/i,
    1_500,
  ],
];

export function coverEnd(head: string): number {
  let end = head.length;
  for (const [heading, from] of BODY_HEADINGS) {
    const m = heading.exec(head.slice(from, end));
    if (m) end = from + m.index;
  }
  return end;
}

export function splitLines(s: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= s.length) {
    let end = s.indexOf('\n', start);
    if (end < 0) end = s.length;
    const raw = s.slice(start, end).replace(/\r$/, '');
    lines.push({ text: raw.trim(), raw, start });
    start = end + 1;
  }
  return lines;
}

/** Index of the first line whose text matches `re`, from line `from` up to `to`, or -1. */
export function findLine(lines: readonly Line[], re: RegExp, from = 0, to = lines.length): number {
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
    if (re.test(lines[i]!.text)) return i;
  }
  return -1;
}

/** Collapse inner whitespace runs to one space. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Whitespace or one of `chars` (a regex like /[\s,]+$/ would retry from every position of a
 * long run and go quadratic; this loop is linear). */
function isTrimmed(ch: string, chars: string): boolean {
  return /\s/.test(ch) || chars.includes(ch);
}

/** `s` without trailing whitespace and `chars`. */
export function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && isTrimmed(s[end - 1]!, chars)) end--;
  return s.slice(0, end);
}

/** `s` without leading and trailing whitespace and `chars`. */
export function trimBoth(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && isTrimmed(s[start]!, chars)) start++;
  return trimEnd(s.slice(start), chars);
}
