// The registrant's name: the line(s) above "(Exact name of registrant as specified in its
// charter)" (in the caption's column when values sit side by side), or, on covers without
// that caption (like the 2004 asset-backed 8-Ks), the first prominent all-capitals line that
// is not part of the form's boilerplate.
import { isFormTitleLine } from '../../edgar/form-titles';
import { cellAtColumn, placedCells } from './near-caption';
import { squash, trimBoth, type CoverText, type Line } from './text-lines';

const NAME_CAPTION =
  /exact\s{1,3}name\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:registrant|issuer|company|trust|depositor|securitizer)|name\s{1,3}of\s{1,3}registrant\s{1,3}as\s{1,3}specified|\(\s{0,2}name\s{1,3}of\s{1,3}(?:registrant|issuer|subject\s{1,3}company)|\bregistrant,\s{0,3}state\s{1,3}of\s{1,3}incorporation|translation\s{1,3}of\s{1,3}registrant.{0,2}s\s{1,3}name/i;

/** Captions whose value is on the next line: exemptive applications. */
const NAME_BELOW = /in\s{1,3}the\s{1,3}matter\s{1,3}of\s{1,3}the\s{1,3}application\s{1,3}of/i;

/** Lines that belong to every cover and never name the registrant. */
const BOILERPLATE =
  /^(?:UNITED STATES|U\.S\. SECURITIES|SECURITIES AND EXCHANGE COMMISSION|WASHINGTON,?\s{0,3}D\.?\s{0,2}C\b|FORM\b|CURRENT REPORT|ANNUAL REPORT|QUARTERLY REPORT|TRANSITION REPORT|PURSUANT|SECURITIES EXCHANGE ACT|THE SECURITIES EXCHANGE|SCHEDULE\b|AMENDMENT|UNDER THE|TABLE OF CONTENTS|PART\s|ITEM\s|INFORMATION|SECTIONS?\b|AS FILED|DRAFT|REGISTRATION|PROXY|NOTICE|CONFORMED|SUBJECT TO COMPLETION|PRELIMINARY|PROSPECTUS|STATEMENT OF|\(|-|=|_|\*|<|\[|\d)/i;

const MONTH_DATE = /^(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b/i;

const CORPORATE_SUFFIX =
  /\b(?:INC|INCORPORATED|CORP|CORPORATION|CO|COMPANY|LLC|L\.L\.C|LP|L\.P|LTD|LIMITED|PLC|N\.V|S\.A|TRUST|BANCORP|HOLDINGS?|GROUP|FUND|PARTNERS|ASSOCIATES)\b\.?/i;

/** A name may run over two lines when the second is only the corporate suffix ("CORP."). */
const SUFFIX_ONLY = /^(?:INC|INCORPORATED|CORP|CORPORATION|CO|COMPANY|LLC|L\.?P|LTD|LIMITED|PLC)\.?,?$/i;

const SEPARATOR = /^[-=_*\s]+$/;

function cleanName(s: string): string | null {
  // Names are short: trimming is bounded (and linear, see trimBoth) whatever the line.
  const name = trimBoth(squash(s.slice(0, 300)), '"\'“”*:,;').replace(
    /\s{0,3}\((?:the\s)?"?(?:registrant|company|issuer)"?\)$/i,
    '',
  );
  if (name.length < 2 || name.length > 150 || !/[A-Za-z]/.test(name)) return null;
  // "ASSET-BACKED SECURITIZER REPORT": the form's title where a name would stand.
  return isFormTitleLine(name) ? null : name;
}

/** The text of `line` in the caption's column (tab rows by cell index, text tables by column). */
function valueInColumn(line: Line, caption: Line, captionAt: number): string {
  const captionCells = placedCells(caption.raw);
  if (captionCells.length < 2) return placedCells(line.raw)[0]?.text ?? '';
  const own = captionCells.find(
    (c, i) => c.column <= captionAt && (captionCells[i + 1]?.column ?? Infinity) > captionAt,
  );
  if (!own) return placedCells(line.raw)[0]?.text ?? '';
  if (line.raw.includes('\t')) return placedCells(line.raw)[own.index]?.text ?? '';
  return cellAtColumn(line.raw, own.column) ?? '';
}

function previousLine(lines: readonly Line[], from: number, reach: number): number {
  let i = from;
  while (i >= 0 && from - i < reach && (lines[i]!.text === '' || SEPARATOR.test(lines[i]!.text))) i--;
  return i >= 0 && from - i < reach ? i : -1;
}

/** Whether a line is another registrant's name (co-registrants are listed one per line). */
function isCompanyLine(text: string): boolean {
  return (
    text.length < 100 &&
    CORPORATE_SUFFIX.test(text) &&
    !/^[(\-=_*<[]|:/.test(text) &&
    !/\d{5}|\d-\d{3}|securities|commission/i.test(text)
  );
}

function nameAbove(lines: readonly Line[], c: number): string | null {
  const caption = lines[c]!;
  const captionAt = caption.raw.search(NAME_CAPTION);
  let i = previousLine(lines, c - 1, 6);
  if (i < 0) return null;
  // Captions side by side want values side by side: a lone line above is something else.
  if (placedCells(caption.raw).length >= 2 && placedCells(lines[i]!.raw).length < 2) return null;
  let text = valueInColumn(lines[i]!, caption, captionAt);
  if (SUFFIX_ONLY.test(text) && i > 0 && lines[i - 1]!.text !== '') {
    text = `${placedCells(lines[i - 1]!.raw)[0]?.text ?? ''} ${text}`;
  } else if (placedCells(caption.raw).length < 2) {
    // Co-registrants: the first of the names listed above the caption is the main one.
    for (let k = 0; k < 4; k++) {
      const j = previousLine(lines, i - 1, 3);
      if (j < 0 || !isCompanyLine(lines[j]!.text) || !isCompanyLine(text)) break;
      i = j;
      text = lines[j]!.text;
    }
  }
  if (/^\(/.test(text)) return null;
  return cleanName(text);
}

/** Captions of tables whose values are in the rows below them (combined filings). */
function nameBelow(lines: readonly Line[], c: number, tableColumn: boolean): string | null {
  for (let i = c + 1; i < lines.length && i <= c + 4; i++) {
    const line = lines[i]!;
    if (line.text === '' || SEPARATOR.test(line.text)) continue;
    const text = tableColumn ? valueInColumn(line, lines[c]!, lines[c]!.raw.search(NAME_CAPTION)) : line.text;
    // The caption may continue on the next line ("Address and Telephone Number").
    if (CAPTION_CONTINUED.test(text)) continue;
    // "The Southern Company (A Delaware Corporation) 30 Ivan Allen..." / "FOO FUND, BAR L.P., ..."
    const name = text.split(/\s\(|,\s(?=[A-Z0-9 .&'-]{3,}(?:,|$))/)[0] ?? '';
    return cleanName(name);
  }
  return null;
}

const CAPTION_CONTINUED = /^(?:address|telephone|file\s{1,3}number|identification|employer|number\b|incorporation)/i;

/** Captions of combined-filing tables: one row per registrant below them, never a name above. */
const TABLE_CAPTION = /\bregistrant,\s{0,3}state\s{1,3}of\s{1,3}incorporation/i;

/**
 * The registrant named by its caption, or (only on a cover with a form title, where the
 * name stands alone, like the 2004 asset-backed 8-Ks) the first prominent all-capitals name.
 */
export function readRegistrantName(cover: CoverText, titled: boolean): string | null {
  const { lines } = cover;
  for (let c = 0; c < lines.length; c++) {
    const text = lines[c]!.text;
    if (NAME_BELOW.test(text)) {
      const below = nameBelow(lines, c, false);
      if (below) return below;
      continue;
    }
    if (!NAME_CAPTION.test(text)) continue;
    // "Exact name of registrant as specified in its charter: Foo Corp" (value after the caption).
    const after = /(?:charter|issuer|registrant)\)?\s{0,3}:\s{0,3}(\S.{1,120})$/i.exec(text);
    if (TABLE_CAPTION.test(text)) {
      const below = nameBelow(lines, c, true);
      if (below) return below;
      continue;
    }
    const name = nameAbove(lines, c) ?? (after ? cleanName(after[1]!) : null);
    if (name) return name;
  }
  return depositorName(lines) ?? (titled ? prominentName(lines) : null);
}

/** Asset-backed prospectuses name their parties by role ("CarMax Auto Funding LLC Depositor");
 * the depositor is the registrant. */
const ROLE_WORDS = /\b(?:Sponsor|Servicer|Depositor|Issuing\s{1,3}Entity|Issuer|Trustee|Administrator|and|as)\b/;

function depositorName(lines: readonly Line[]): string | null {
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const text = lines[i]!.text;
    const at = text.search(/\bDepositor\b/);
    if (at <= 0 || text.length > 300) continue;
    // The words just before "Depositor", back to the previous role word.
    const before = text.slice(0, at).trimEnd().replace(/,$/, '');
    const parts = before.split(ROLE_WORDS);
    const name = (parts[parts.length - 1] ?? '').trim();
    if (CORPORATE_SUFFIX.test(name) && name.length >= 4) return cleanName(name);
  }
  return null;
}

function prominentName(lines: readonly Line[]): string | null {
  let firstCaps: string | null = null;
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const text = placedCells(lines[i]!.raw)[0]?.text ?? '';
    if (text.length < 4 || text.length > 100 || BOILERPLATE.test(text) || MONTH_DATE.test(text)) continue;
    const letters = text.replace(/[^A-Za-z]/g, '');
    if (letters.length < 4 || letters !== letters.toUpperCase()) continue;
    if (!/\s/.test(text)) continue;
    if (CORPORATE_SUFFIX.test(text)) return cleanName(text);
    firstCaps ??= cleanName(text);
  }
  return firstCaps;
}
