// Signatures: after the SIGNATURE(S) heading, each "/s/ Name" (often after "By:") with the
// signer's title and date: in the cells after the name, or on the lines below in the signer's
// own column. Signers printed side by side (two-column blocks, HTML or text) each keep their
// own title. The block's date ("Date: ...", a date printed alone, or the sentence that opens
// the block) dates the signers whose lines give none. Page footers are never titles.
import type { Signature } from '../../filing';
import { findDate } from '../../edgar/dates';
import {
  continuesTitle,
  isPageFooter,
  SIGNED,
  sigCells,
  tidyTitle,
  titleOfCell,
  type SigCell,
} from './signature-cells';
import { splitLines, squash, type Line } from './text-lines';

const DATE_LINE = /^(?:dated?|date\s{0,3}signed)\s{0,3}[:.]?\s{0,5}(.{0,60})$/i;
const MAX_SIGNATURES = 40;
/** Lines after the heading that may still belong to the signature block. */
const BLOCK_LINES = 250;
/** Lines below a signer's name that may hold the signer's title. */
const TITLE_REACH = 6;

/** The signature heading as a line of its own; the last one is the signature page (a 10-K's
 * table of contents names it first). Found by scanning the string, not splitting it. */
const HEADING_LINE = /^[ \t]{0,60}signatures?\.?[ \t]{0,60}$/gim;
/** How much text after the heading may hold the block (BLOCK_LINES generous lines). */
const WINDOW_CHARS = 60_000;
/** The next part of the document, which ends the block (an auditor's signed report or consent,
 * an exhibit, the exhibit index, a schedule, the certifications, the financial statements). */
const NEXT_PART =
  /^(?:exhibit\s{1,3}index|index\s{1,3}to\s{1,3}(?:exhibits|financial)|exhibit\s{1,3}\d{1,3}(?:\.\d{1,3})?$|report\s{1,3}of\s{1,3}independent|consent\s{1,3}of\s{1,3}independent|independent\s{1,3}(?:registered\s{1,3})?(?:public\s{1,3})?accountants?|schedule\s{1,3}[IVX]{1,4}\b|certifications?\b|(?:consolidated\s{1,3})?financial\s{1,3}statements\b|management.{0,2}s\s{1,3}report\b)/i;

/** The sentences that open each part of a signature block; no title lies past one. */
const BLOCK_SENTENCE = /^(?:pursuant\s{1,3}to|in\s{1,3}witness|know\s{1,3}all)\b/i;

function headingAt(text: string): number {
  let at = -1;
  HEADING_LINE.lastIndex = 0;
  for (let m = HEADING_LINE.exec(text); m !== null; m = HEADING_LINE.exec(text)) at = m.index;
  return at;
}

function blockEnd(lines: readonly Line[]): number {
  const end = Math.min(lines.length, BLOCK_LINES);
  for (let i = 1; i < end; i++) {
    const t = lines[i]!.text;
    if (t.length < 150 && NEXT_PART.test(t)) return i;
  }
  return end;
}

/** The text is a date and nothing else. */
function dateAlone(t: string): string | null {
  const f = findDate(t);
  if (!f) return null;
  return /[A-Za-z0-9]/.test(t.slice(0, f.index) + t.slice(f.index + f.length)) ? null : f.iso;
}

/** The block's date: a "Date:" line, else a date printed alone, else the date of the sentence
 * that opens the block ("... duly authorized, on September 26, 1997."). */
function blockDateOf(lines: readonly Line[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const d = DATE_LINE.exec(lines[i]!.text);
    const iso = d ? findDate(d[1]! || (lines[i + 1]?.text ?? ''))?.iso : null;
    if (iso) return iso;
  }
  for (const line of lines) {
    const iso = SIGNED.test(line.text) ? null : dateAlone(squash(line.text));
    if (iso) return iso;
  }
  for (let i = 0; i < lines.length; i++) {
    if (!/^pursuant\s{1,3}to\b/i.test(lines[i]!.text)) continue;
    let paragraph = '';
    for (let j = i; j < lines.length && lines[j]!.text !== '' && j < i + 8; j++) paragraph += ` ${lines[j]!.text}`;
    const iso = findDate(paragraph)?.iso;
    if (iso) return iso;
  }
  return null;
}

/** "W. Ron Hinson W. Ron Hinson Comptroller", "Timothy D. Cook TIMOTHY D. COOK": the name
 * printed twice (in either case), then perhaps the title. */
function splitRepeatedName(text: string): { name: string; rest: string } | null {
  const words = text.split(' ');
  for (let n = 2; n <= 5 && n * 2 <= words.length; n++) {
    const head = words.slice(0, n).join(' ');
    if (
      words
        .slice(n, 2 * n)
        .join(' ')
        .toLowerCase() === head.toLowerCase()
    ) {
      return { name: head, rest: words.slice(2 * n).join(' ') };
    }
  }
  return null;
}

interface Signer {
  name: string;
  /** The cell that holds the signature mark. */
  at: SigCell;
  title: string | null;
  /** Where the title was read, for a title continued on the next line. */
  titleCell: SigCell | null;
  titleLine: number;
  date: string | null;
  /** A column signed for by an attorney-in-fact (`*`): it keeps its cells, it is not reported. */
  placeholder: boolean;
}

/** Offer a cell to the signer: its title (if none yet) and its date (if none yet). */
function take(s: Signer, cell: SigCell, line: number): void {
  const { title, date } = titleOfCell(cell.text, s.name);
  if (s.title === null && title !== null) {
    s.title = title;
    s.titleCell = cell;
    s.titleLine = line;
  }
  s.date ??= date;
}

/** The signers marked on one line, with what the line itself says after each mark. */
function signersOnLine(cells: SigCell[], line: number): { signers: Signer[]; lineDate: string | null } {
  const signers: Signer[] = [];
  let lineDate: string | null = null;
  const owned: SigCell[][] = [];
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]!;
    const mark = /(?:\/s\/|\(signed\))\s*/i.exec(cell.text);
    if (!mark && cell.text === '*') {
      signers.push({
        name: '',
        at: cell,
        title: null,
        titleCell: null,
        titleLine: line,
        date: null,
        placeholder: true,
      });
      owned.push([]);
      continue;
    }
    if (!mark) {
      if (signers.length > 0) owned[signers.length - 1]!.push(cell);
      else lineDate ??= titleOfCell(cell.text, '').date;
      continue;
    }
    let raw = squash(cell.text.slice(mark.index + mark[0].length));
    // "/s/" in a cell of its own, the name in the next.
    if (raw === '' && cells[c + 1] && !SIGNED.test(cells[c + 1]!.text)) raw = cells[++c]!.text;
    const repeated = splitRepeatedName(raw);
    const name = (repeated?.name ?? raw)
      .replace(/^name\s{0,3}:\s*/i, '')
      .replace(/^["\u201c]([^"\u201d]+)["\u201d]$/, '$1')
      .replace(/[,.]$/, '');
    signers.push({ name, at: cell, title: null, titleCell: null, titleLine: line, date: null, placeholder: false });
    owned.push(repeated?.rest ? [{ ...cell, text: repeated.rest }] : []);
  }
  signers.forEach((s, k) => owned[k]!.forEach((cell) => take(s, cell, line)));
  return { signers, lineDate };
}

/** Which signer (index) each cell of a line below a row of signers belongs to, or -1. */
function ownersOf(cells: SigCell[], signers: Signer[], tabbed: boolean): number[] {
  if (signers.length === 1) {
    // Text columns: a cell that ends well left of the signer's column is another column's.
    const from = signers[0]!.at.column - 10;
    return cells.map((c) => (tabbed || c.column + c.text.length >= from ? 0 : -1));
  }
  if (cells.length === signers.length) return cells.map((_, k) => k);
  return cells.map((c) => {
    let owner = 0;
    signers.forEach((s, k) => {
      if (tabbed ? s.at.index <= c.index : s.at.column <= c.column + 4) owner = k;
    });
    return owner;
  });
}

/** The cell sits under the title cell: the same column span (text) or position (HTML). */
function under(cell: SigCell, title: SigCell, tabbed: boolean, cells: number): boolean {
  // HTML: the same cell position, or a line of one cell (a paragraph under the row).
  if (tabbed) return cell.index === title.index || cells === 1;
  return cell.column < title.column + title.text.length && title.column < cell.column + cell.text.length;
}

/** Titles and dates for a row of signers from the lines below it, in each signer's column. */
function readBelow(lines: readonly Line[], from: number, signers: Signer[]): void {
  const signedTabbed = lines[from]!.raw.includes('\t');
  for (let j = from + 1; j < Math.min(lines.length, from + 1 + TITLE_REACH); j++) {
    const line = lines[j]!;
    if (SIGNED.test(line.text) || isPageFooter(line.text) || BLOCK_SENTENCE.test(line.text)) return;
    if (line.text === '') continue;
    // Columns by position only where both lines are text columns; HTML cells by their order.
    const tabbed = signedTabbed || line.raw.includes('\t');
    const cells = sigCells(line.raw);
    const owners = ownersOf(cells, signers, tabbed);
    cells.forEach((cell, c) => {
      const s = signers[owners[c]!];
      if (!s) return;
      if (s.title !== null && s.titleCell !== null && s.titleLine === j - 1) {
        if (under(cell, s.titleCell, tabbed, cells.length) && continuesTitle(s.title, cell.text, s.name)) {
          s.title = `${s.title} ${cell.text}`;
          s.titleCell = cell;
          s.titleLine = j;
          return;
        }
      }
      take(s, cell, j);
    });
  }
}

export function readSignatures(text: string): Signature[] {
  const at = headingAt(text);
  if (at < 0) return [];
  const all = splitLines(text.slice(at, at + WINDOW_CHARS));
  const lines = all.slice(0, blockEnd(all));
  const blockDate = blockDateOf(lines);
  const signatures: Signature[] = [];
  for (let i = 1; i < lines.length && signatures.length < MAX_SIGNATURES; i++) {
    if (!SIGNED.test(lines[i]!.text)) continue;
    const { signers, lineDate } = signersOnLine(sigCells(lines[i]!.raw), i);
    readBelow(lines, i, signers);
    for (const s of signers.filter((x) => !x.placeholder).slice(0, MAX_SIGNATURES - signatures.length)) {
      const title = s.title ? tidyTitle(s.title) : '';
      signatures.push({ name: s.name || null, title: title || null, date: s.date ?? lineDate ?? blockDate });
    }
  }
  return signatures;
}
