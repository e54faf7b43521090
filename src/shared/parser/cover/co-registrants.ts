// Combined covers: one filing by several registrants (a holding company and its utilities, an
// LLC and its finance corp, several trusts), each with its own state, file number and IRS
// number. Three layouts are read, and each registrant keeps the identifiers its row, line or
// block pairs with it, in cover order:
//   table   one row per registrant under a caption row naming the registrant and the file
//           or IRS number ("Commission File Number | Registrant, State of Incorporation,
//           Address... | I.R.S. Employer Identification No."), rows led by the file number
//   stacked several names above one caption ("Exact name of registrants as specified in
//           their charters"), then one row of state / file number / IRS number per name
//   columns the names side by side over the caption repeated side by side, one cell of each
//           value row per registrant
//   blocks  the caption "(Exact name of registrant ...)" repeated, each with its own values
// A cover naming one registrant gives [] here and is read by the single-registrant readers.
import { findStateIn, stateCode } from '../../edgar/states';
import { lineCells, placedCells } from './near-caption';
import { squash, trimBoth, type CoverText, type Line } from './text-lines';
import type { CoverCompany } from './types';

const FILE_AT_START = /^(\d{1,3}[-\u2010-\u2015]\d{3,6}(?:-\d{1,3})?)(?=\s|$)/;
const FILE_VALUE = /(?<![\d-])(\d{1,3}[-\u2010-\u2015]\d{3,6}(?:-\d{1,3})?)(?![\d-])/;
const IRS_VALUE = /(?<![\d-])(\d{2})[-\u2010-\u2015]?(\d{7})(?![\d-])/;
const STATE_PHRASE =
  /\(?\b(?:an?|the)\s{1,3}([A-Za-z][A-Za-z .]{1,28}?)\s{1,3}(?:corporation|limited\s{1,3}liability\s{1,3}company|statutory\s{1,3}trust|business\s{1,3}trust|limited\s{1,3}partnership|general\s{1,3}partnership|company|trust)\b\)?/i;

const STATE_PHRASES = new RegExp(STATE_PHRASE.source, 'gi');

/** The caption row of a registrants table: it names the registrant and a number column. */
const TABLE_REGISTRANT = /registrants?\b|name\s{1,3}of\s{1,3}(?:registrant|issuer)/i;
const TABLE_NUMBER = /file\s{0,3}n(?:o\b|o\.|umber)|commission|i\.\s?r\.\s?s\.|identification/i;
/** The caption under a registrant's name; "registrants ... their charters" announces several. */
const NAME_CAPTION = /exact\s{1,3}names?\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:co-)?registrants?\b/i;
const PLURAL_CAPTION = /names?\s{1,3}of\s{1,3}(?:the\s{1,3})?registrants\b|their\s{1,3}charters/i;

const CORPORATE_SUFFIX =
  /\b(?:INC|INCORPORATED|CORP|CORPORATION|CO|COMPANY|LLC|L\.L\.C|LP|L\.P|LTD|LIMITED|PLC|N\.V|S\.A|TRUST|BANCORP|HOLDINGS?|GROUP|FUND|PARTNERS|PARTNERSHIP|CAPITAL)\b\.?/i;

/** How far below a table caption registrant rows are looked for. */
const TABLE_REACH = 80;
const SEPARATOR = /^[-=_*\s]+$/;

function irsIn(s: string): string | null {
  const m = IRS_VALUE.exec(s);
  return m ? `${m[1]}${m[2]}` : null;
}

function stateIn(s: string): string | null {
  // "The Southern Company (A Delaware Corporation)": the first phrase naming a jurisdiction.
  for (const phrase of s.matchAll(STATE_PHRASES)) {
    const code = stateCode(phrase[1]!);
    if (code) return code;
  }
  for (const cell of lineCells(s)) {
    const value = trimBoth(cell.replace(/\s{0,3}\(.*$/, ''), '().,');
    const c = stateCode(value);
    if (c) return c;
  }
  return null;
}

function cleanName(s: string): string | null {
  const name = trimBoth(squash(s.slice(0, 300)), '"\'“”*:,;');
  if (name.length < 3 || name.length > 150 || !/[A-Za-z]/.test(name)) return null;
  return name;
}

function company(name: string, fields: Partial<CoverCompany>): CoverCompany {
  const c: CoverCompany = { name };
  for (const [k, v] of Object.entries(fields)) if (v != null) Object.assign(c, { [k]: v });
  return c;
}

/** Layout "table": rows led by a file number under a caption row naming registrants. */
function fromTable(lines: readonly Line[]): CoverCompany[] {
  for (let c = 0; c < lines.length; c++) {
    const caption = lines[c]!.text;
    if (!TABLE_REGISTRANT.test(caption) || !TABLE_NUMBER.test(caption) || caption.length > 400) continue;
    const rows: { file: string; text: string[] }[] = [];
    let blanks = 0;
    for (let i = c + 1; i < lines.length && i <= c + TABLE_REACH; i++) {
      const text = lines[i]!.text;
      if (text === '' || SEPARATOR.test(text)) {
        if (rows.length && ++blanks > 2) break;
        continue;
      }
      blanks = 0;
      const lead = FILE_AT_START.exec(text);
      if (lead) rows.push({ file: lead[1]!.replace(/[\u2010-\u2015]/g, '-'), text: [text.slice(lead[0].length)] });
      else if (rows.length && text.length < 200) rows[rows.length - 1]!.text.push(text);
      else if (rows.length) break;
    }
    const registrants = rows.flatMap((row) => {
      const first = row.text[0]!;
      const cells = lineCells(first);
      const name = cleanName((cells[0] ?? '').split(/\s\(/)[0] ?? '');
      if (!name || !/[A-Za-z]{3}/.test(name)) return [];
      const all = row.text.join('\n');
      return [company(name, { fileNumber: row.file, irsNumber: irsIn(all), stateOfIncorporation: stateIn(all) })];
    });
    if (registrants.length >= 2) return registrants;
  }
  return [];
}

/** Whether a line is a registrant's name standing alone (co-registrants listed one per line). */
function isNameLine(text: string): boolean {
  return (
    text.length >= 3 &&
    text.length < 100 &&
    CORPORATE_SUFFIX.test(text) &&
    !/^[(\-=_*<[]|:/.test(text) &&
    !/\d{5}|\d-\d{3}|securities|commission|exchange\s+act/i.test(text)
  );
}

/** The identifiers of one value row: state, file number, IRS number, as cells of the line. */
function rowValues(text: string): Partial<CoverCompany> | null {
  const out: Partial<CoverCompany> = {};
  for (const cell of lineCells(text)) cellValue(cell, out);
  return Object.keys(out).length >= 2 ? out : null;
}

/** Cells holding one value per registrant, in name order ("Nevada Nevada", "20-2546581 20-1363044"). */
function sharedCells(lines: readonly Line[], count: number): Partial<CoverCompany>[] {
  const values: Partial<CoverCompany>[] = Array.from({ length: count }, () => ({}));
  for (const line of lines) {
    for (const cell of lineCells(line.text)) {
      const tokens = cell.split(/\s+/);
      if (tokens.length === count) tokens.forEach((t, k) => cellValue(t, values[k]!));
    }
  }
  return values;
}

/** Layout "stacked": names above one caption, then a row of values per name, in order. */
function fromStacked(lines: readonly Line[]): CoverCompany[] {
  for (let c = 0; c < lines.length; c++) {
    if (!NAME_CAPTION.test(lines[c]!.text)) continue;
    const names: string[] = [];
    for (let i = c - 1; i >= 0 && i >= c - 12; i--) {
      const text = lines[i]!.text;
      if (text === '' || SEPARATOR.test(text)) continue;
      if (!isNameLine(text) || placedCells(lines[i]!.raw).length > 1) break;
      names.unshift(text);
    }
    if (names.length < 2 && !PLURAL_CAPTION.test(lines[c]!.text)) continue;
    if (names.length < 2) return [];
    const rows: Partial<CoverCompany>[] = [];
    for (let i = c + 1; i < lines.length && i <= c + 10 + names.length * 2 && rows.length < names.length; i++) {
      const values = rowValues(lines[i]!.text);
      if (values) rows.push(values);
    }
    const values = rows.length === names.length ? rows : sharedCells(lines.slice(c + 1, c + 8), names.length);
    return names.flatMap((n, k) => {
      const name = cleanName(n);
      return name ? [company(name, values[k] ?? {})] : [];
    });
  }
  return [];
}

const FILE_CAPTION = /commission\s{0,3}file|file\s{0,3}n(?:o\b|o\.|umber)/i;
const IRS_CAPTION = /identification|i\.\s?r\.\s?s\.|\birs\s{1,3}employer/i;
const STATE_CAPTION = /jurisdiction|state\s{1,3}of\s{1,3}incorporation|state\s{1,3}or\s{1,3}other/i;

/** The identifiers of one block's lines: each value on a caption's line, or just above it. */
function blockValues(lines: readonly Line[]): Partial<CoverCompany> {
  const out: Partial<CoverCompany> = {};
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const candidates = [text, lines[i - 1]?.text ?? ''];
    if (STATE_CAPTION.test(text) && !out.stateOfIncorporation)
      out.stateOfIncorporation = candidates.map(stateIn).find((v) => v) ?? findStateIn(text);
    if (FILE_CAPTION.test(text) && !out.fileNumber)
      out.fileNumber = candidates.map((t) => FILE_VALUE.exec(t)?.[1] ?? null).find((v) => v) ?? null;
    if (IRS_CAPTION.test(text) && !out.irsNumber) out.irsNumber = candidates.map(irsIn).find((v) => v) ?? null;
  }
  return out;
}

/** Layout "blocks": the name caption repeated, each block carrying its own identifiers. */
function fromBlocks(lines: readonly Line[]): CoverCompany[] {
  const captions: { at: number; name: string }[] = [];
  for (let c = 0; c < lines.length; c++) {
    if (!NAME_CAPTION.test(lines[c]!.text) || placedCells(lines[c]!.raw).length > 1) continue;
    let i = c - 1;
    while (i >= 0 && (lines[i]!.text === '' || SEPARATOR.test(lines[i]!.text))) i--;
    const name = i >= 0 && isNameLine(lines[i]!.text) ? cleanName(lines[i]!.text) : null;
    if (name) captions.push({ at: i, name });
  }
  if (captions.length < 2) return [];
  return captions.map((cap, k) => {
    const end = captions[k + 1]?.at ?? Math.min(lines.length, cap.at + 20);
    return company(cap.name, blockValues(lines.slice(cap.at, end)));
  });
}

/** One value cell: a state, a file number or an IRS number by its shape. */
function cellValue(cell: string, into: Partial<CoverCompany>): void {
  const text = trimBoth(cell, '().,');
  const state = stateCode(text);
  if (state) into.stateOfIncorporation ??= state;
  else if (/^\d{2}[-\u2010-\u2015]?\d{7}$/.test(text)) into.irsNumber ??= irsIn(text);
  else if (FILE_VALUE.test(text) && text.length <= 20) into.fileNumber ??= FILE_VALUE.exec(text)![1]!;
}

/** Layout "columns": the names side by side above the caption repeated side by side, and each
 * value row below with one cell per registrant. */
function fromColumns(lines: readonly Line[]): CoverCompany[] {
  for (let c = 1; c < lines.length; c++) {
    const captions = placedCells(lines[c]!.raw).filter((cell) =>
      /exact\s{1,3}name|name\s{1,3}of\s{1,3}registrant/i.test(cell.text),
    );
    if (captions.length < 2) continue;
    let i = c - 1;
    while (i > 0 && lines[i]!.text === '') i--;
    const names = placedCells(lines[i]!.raw);
    if (names.length !== captions.length || !names.every((n) => CORPORATE_SUFFIX.test(n.text))) continue;
    const values: Partial<CoverCompany>[] = names.map(() => ({}));
    for (let j = c + 1; j < lines.length && j <= c + 12; j++) {
      const cells = placedCells(lines[j]!.raw);
      if (cells.length !== names.length) continue;
      cells.forEach((cell, k) => cellValue(cell.text, values[k]!));
    }
    return names.flatMap((n, k) => {
      const name = cleanName(n.text);
      return name ? [company(name, values[k]!)] : [];
    });
  }
  return [];
}

/** Every registrant of a combined cover, in cover order; [] when the cover names one. */
export function readCoRegistrants(cover: CoverText): CoverCompany[] {
  const { lines } = cover;
  for (const read of [fromTable, fromColumns, fromStacked, fromBlocks]) {
    const found = read(lines);
    if (found.length >= 2) return found;
  }
  return [];
}
