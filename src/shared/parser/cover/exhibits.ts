// The exhibit list of a report: "99.1     Report of Independent Public Auditors." lines after
// an exhibits heading (Item 9.01 / Item 7 / Exhibit Index), with descriptions that may run
// over several lines or sit in the next table cell or line.
import type { Exhibit } from '../../filing';
import { lineCells } from './near-caption';
import { splitLines, squash } from './text-lines';

const ANCHOR =
  /^(?:item\s{1,3}(?:9\.01|7)\b|\(c\)\s{0,3}exhibits|\(d\)\s{0,3}exhibits|exhibits?\b|exhibit\s{1,3}index|index\s{1,3}to\s{1,3}exhibits|exhibit\s{1,3}no)/i;
const STOP = /^(?:signatures?|pursuant to the requirements)\b/i;
/** "99.1", "Exhibit 99", "EX-10.2", "(99.1)", "10(a)": a number, then a description that starts
 * like one (capital letter, quote or bracket: not "8-K filed on" or "16.4 million"). */
const ENTRY =
  /^(?:(?:ex|Ex|EX)(?:hibit|HIBIT)?[\s.-]{0,3}(?:(?:no|No|NO)\.?\s{0,2})?)?\(?(\d{1,3}(?:\.\d{1,3}){0,2}(?:\s{0,1}\([a-z0-9]{1,3}\))?)\)?\*?(?:[:.\u2013\u2014-]{0,3}\s{1,20}([A-Z"“([].{0,400}))?$/;

const MAX_LINES = 400;
const MAX_EXHIBITS = 200;
/** Descriptions are a sentence or a paragraph; a runaway "description" is cut here. */
const MAX_DESCRIPTION = 2000;

/** Index headings: the list that ends a report. */
const INDEX_HEADING = /^[ \t]{0,60}(?:exhibit\s{1,3}index|index\s{1,3}to\s{1,3}exhibits)[ \t]{0,20}$/gim;
/** Other exhibit headings, as a line start ("Item 9.01", "(d) Exhibits", "Exhibit No."). */
const ANY_HEADING = new RegExp(`^[ \\t]{0,60}${ANCHOR.source.slice(1)}`, 'im');
/** How much text after the heading may hold the list (MAX_LINES generous lines). */
const WINDOW_CHARS = 120_000;

/** Where the exhibit list most likely is: the last index heading, else the first exhibits
 * heading. Found by scanning the string, so only the window after it is split into lines. */
function anchorAt(text: string): number {
  let index = -1;
  INDEX_HEADING.lastIndex = 0;
  for (let m = INDEX_HEADING.exec(text); m !== null; m = INDEX_HEADING.exec(text)) index = m.index;
  return index >= 0 ? index : (ANY_HEADING.exec(text)?.index ?? -1);
}

function isExhibitNumber(n: string): boolean {
  const major = Number.parseInt(n, 10);
  return major >= 1 && major <= 110;
}

export function readExhibits(text: string): Exhibit[] {
  const at = anchorAt(text);
  if (at < 0) return [];
  const lines = splitLines(text.slice(at, at + WINDOW_CHARS));
  const start = 0;
  const exhibits: Exhibit[] = [];
  const seen = new Set<string>();
  /** Per exhibit, the page number its line ends with (tables of contents), or null. */
  const pages: (string | null)[] = [];
  let open: { exhibit: Exhibit; parts: string[] } | null = null;
  const close = (): void => {
    if (open) {
      const text = open.parts.join(' ').slice(0, MAX_DESCRIPTION);
      open.exhibit.description = text ? squash(text) : null;
    }
    open = null;
  };
  for (let i = start + 1; i < lines.length && i <= start + MAX_LINES; i++) {
    const t = lines[i]!.text;
    if (STOP.test(t)) break;
    if (t === '') {
      // A blank line ends a description that has begun; a number alone waits for its text.
      if (open && open.parts.length > 0) close();
      continue;
    }
    const cells = lineCells(t);
    const m = ENTRY.exec(cells[0] ?? '');
    if (/^<\/?PAGE>/i.test(t)) continue;
    // A number alone is a page number unless it is spelled "Exhibit 99".
    const exhibitWord = /^ex/i.test(t);
    // A bare integer ("1 By signing below...") is prose unless set in a column or spelled "Exhibit 1".
    const bareInteger = m !== null && /^\d{1,3}$/.test(m[1]!) && cells.length < 2 && !exhibitWord;
    const described = !bareInteger && (cells.length > 1 || m?.[2] !== undefined || exhibitWord);
    if (m && isExhibitNumber(m[1]!) && described) {
      const number = m[1]!.replace(/\s/g, '');
      close();
      if (seen.has(number) || exhibits.length >= MAX_EXHIBITS) continue;
      seen.add(number);
      const exhibit: Exhibit = { number, description: null };
      exhibits.push(exhibit);
      pages.push(PAGE_NUMBER.exec(t)?.[1] ?? null);
      const first = [m[2], ...cells.slice(1, 2)].filter((p): p is string => !!p);
      open = { exhibit, parts: first };
    } else if (open) {
      open.parts.push(cells[0] ?? t);
    }
  }
  close();
  return isTableOfContents(pages) ? [] : exhibits;
}

/** A line that ends in a page number: after dot leaders, a column gap, or a word. */
const PAGE_NUMBER = /(?:\.{2,}|\t| {2,}|[a-z,]\s)\s{0,20}(\d{1,3})$/i;

/**
 * A table of contents is no exhibit index, even under an "Exhibits" heading (an agreement's
 * "1.01 Defined Terms ... 1" sections, a plan's statements): most entries end in a page
 * number, and the page numbers never go down.
 */
function isTableOfContents(pages: readonly (string | null)[]): boolean {
  const numbers = pages.filter((p): p is string => p !== null).map(Number);
  if (numbers.length < 3 || numbers.length * 3 < pages.length * 2) return false;
  return numbers.every((n, i) => i === 0 || n >= numbers[i - 1]!);
}
