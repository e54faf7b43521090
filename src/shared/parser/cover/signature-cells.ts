// The pieces of a signature block's lines: cells (HTML cells or text columns), page footers,
// and the cleaning that turns a cell into a signer's name or title.
import { findDate } from '../../edgar/dates';
import { placedCells, type PlacedCell } from './near-caption';
import { squash } from './text-lines';

/** A cell of a signature line: its text, its column (text columns), its position (HTML cells). */
export type SigCell = PlacedCell;

/** A conformed signature: `/s/ Name`, or `(signed) "Name"` as Canadian filers print it. */
export const SIGNED = /\/s\/|\(signed\)/i;

/** Characters HTML renderings put in otherwise empty cells. */
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00a0/g;

/** The non-empty cells of a raw line: split at tabs (HTML cells) or runs of 2+ spaces.
 * Signature rules (`-----`, `_____`) and invisible characters are blanks, keeping the columns
 * of what follows them. */
export function sigCells(line: string): SigCell[] {
  const raw = line.replace(/_{3,}|-{3,}|={3,}/g, (m) => ' '.repeat(m.length)).replace(INVISIBLE, ' ');
  return placedCells(raw).map((c) => ({ ...c, text: squash(c.text) }));
}

/** A page number as printed alone: `57`, `- 57 -`, `Page 57`, `F-2`, `ii`. */
const PAGE_NUMBER =
  /^(?:page\s{0,3})?(?:[A-Z]{1,2}\s?-\s?)?\d{1,4}(?:\s{1,3}of\s{1,3}(?:[A-Z]{1,2}\s?-\s?)?\d{1,4})?$|^-\s?\d{1,4}\s?-$|^[ivxl]{1,6}$/i;
/** A report named by its form: `2024 Form 10-K`, `Q3 2023 Form 10-Q`, `Annual Report on Form 20-F`. */
const FORM_NAMED = /\bform\s{1,3}(?:\d{1,2}-[A-Z]{1,3}|[A-Z]{1,2}-\d{1,2}[A-Z]?)\b/i;
const YEAR = /\b(?:19|20)\d{2}\b/;

/**
 * A page footer (or running header): a page number alone, or parts separated by bars, tabs or
 * wide gaps (`Apple Inc. | 2024 Form 10-K | 57`) among which are a page number or a report named
 * by its form and year. A line naming a form is never a signer's title either.
 */
export function isPageFooter(line: string): boolean {
  const t = squash(line.replace(INVISIBLE, ' '));
  if (t === '') return false;
  if (PAGE_NUMBER.test(t) || /^table\s{1,3}of\s{1,3}contents$/i.test(t)) return true;
  if (FORM_NAMED.test(t)) return true;
  const parts = t
    .split(/\s*[|\u2022\u00b7]\s*|\t/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return (
    parts.length >= 2 &&
    parts.some((p) => PAGE_NUMBER.test(p)) &&
    parts.some((p) => YEAR.test(p) || /[A-Za-z]{3}/.test(p))
  );
}

/** Cells that only label the next one. */
const LABEL = /^(?:by|its|title|name|capacity|signature|date|dated)\s{0,3}[:.]?$/i;
/** Cells that only label another cell (skipped); a name label's next cell is the name. */
export function isLabel(text: string): boolean {
  return LABEL.test(text);
}

/** Parenthesised captions of a signature line, never titles. */
const CAPTION =
  /^(?:the\s{1,3})?(?:registrant|company|issuer|signature|(?:print(?:ed)?\s{1,3})?name|title|date|name\s{1,3}and\s{1,3}title)$/i;
const NOT_TITLE_START =
  /^(?:by\b|name\b|date\b|dated\b|pursuant\b|signatures?\b|power\s{1,3}of\s{1,3}attorney|in\s{1,3}witness)/i;
const COLUMN_HEADING = /^(?:signatures?|names?|titles?|capacity|capacities|dates?)(?:\s{1,3}(?:and|&)\s{1,3}\w+)?$/i;

const plain = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[()[\],.*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The cell is the signer's name again (`TIMOTHY D. COOK`, `(Louis V. Gerstner, Jr.)`). */
export function isName(text: string, name: string): boolean {
  return name !== '' && plain(text) === plain(name);
}

/** A cell's text without a leading label, the signer's name and the dash that joins them. */
function withoutName(text: string, name: string): string {
  let t = text.replace(/^(?:title|its|capacity)\s{0,3}:\s*/i, '');
  // "By: Richard Francella, President": the name after "By", then the title.
  const by = /^by\s{0,3}:?\s*/i.exec(t);
  if (by && name !== '' && t.slice(by[0].length).toLowerCase().startsWith(name.toLowerCase()))
    t = t.slice(by[0].length);
  // "(William B. Harrison, Jr. Chairman of the Board)": the name opens the parenthesis.
  const at = t.startsWith('(') ? 1 : 0;
  if (name !== '' && t.slice(at).toLowerCase().startsWith(name.toLowerCase())) t = t.slice(at + name.length);
  return t.replace(/^[\s,.*\u2013\u2014-]+/, '').trim();
}

/** A title without the parentheses printed around it (`(Attorney-in-Fact)`) or left open by
 * its line breaks (`(Chairman of the Board,` ... `Executive Officer)`). */
export function tidyTitle(title: string): string {
  let t = squash(title);
  if (/^\([^()]*\)$/.test(t)) t = t.slice(1, -1);
  if (t.startsWith('(') && !t.includes(')')) t = t.slice(1);
  if (t.endsWith(')') && t.indexOf('(') < 0) t = t.slice(0, -1);
  return t.replace(/[\s,;]+$/, '').trim();
}

export interface TitleAndDate {
  title: string | null;
  date: string | null;
}

/**
 * The title one cell states, with any date it also carries (`Director November 1, 2024`):
 * not the name again, a label, a heading, a page footer or a line of dashes.
 */
export function titleOfCell(text: string, name: string): TitleAndDate {
  if (SIGNED.test(text) || isPageFooter(text) || isName(text, name) || isLabel(text)) {
    return { title: null, date: null };
  }
  let t = withoutName(text, name);
  if (/^\([^()]*\)?$/.test(t) && (isName(t, name) || CAPTION.test(t.replace(/[()]/g, '').trim()))) {
    return { title: null, date: null };
  }
  const found = findDate(t);
  const date = found?.iso ?? null;
  if (found) t = squash(`${t.slice(0, found.index)} ${t.slice(found.index + found.length)}`).replace(/[\s,;]+$/, '');
  const title =
    /[A-Za-z]{3}/.test(t) && !NOT_TITLE_START.test(t) && !COLUMN_HEADING.test(t) && !isName(t, name) && !isPageFooter(t)
      ? t
      : null;
  return { title, date };
}

/** A cell that carries on a title from the line above (`and Chief Executive Officer`,
 * `(Principal Financial Officer)`), or any cell after a title cut at `,`/`and`. */
export function continuesTitle(title: string, next: string, name: string): boolean {
  if (SIGNED.test(next) || isPageFooter(next) || isName(next, name) || findDate(next)) return false;
  // "(Principal Accounting Officer)" under the same words: printed twice, not continued.
  if (plain(title).includes(plain(next))) return false;
  if (!/[A-Za-z]{3}/.test(next) || /^[-_=\s]+$/.test(next)) return false;
  if (/^(?:[a-z&]|(?:AND|OF|FOR)\b)/.test(next)) return true;
  if (/^\((?:principal|chief|and|as)\b/i.test(next)) return true;
  return /(?:[,;&-]|\b(?:and|of|the|chief|vice|senior|executive|principal|general|assistant|deputy))$/i.test(title);
}
