// Signatures: after the SIGNATURE(S) heading, each "/s/ Name" (often after "By:") with the
// signer's title on the following line or in the next table cell, and the block's date.
import type { Signature } from '../../filing';
import { findDate } from '../../edgar/dates';
import { lineCells } from './near-caption';
import { splitLines, squash } from './text-lines';

const SIGNED = /\/s\/\s{0,5}(\S.{1,80})/i;
const DATE_LINE = /^(?:dated?|date\s{0,3}signed)\s{0,3}[:.]?\s{0,5}(.{0,60})$/i;
const MAX_SIGNATURES = 40;
/** Lines after the heading that may still belong to the signature block. */
const BLOCK_LINES = 250;

/** The signature heading as a line of its own; the last one is the signature page (a 10-K's
 * table of contents names it first). Found by scanning the string, not splitting it. */
const HEADING_LINE = /^[ \t]{0,60}signatures?\.?[ \t]{0,60}$/gim;
/** How much text after the heading may hold the block (BLOCK_LINES generous lines). */
const WINDOW_CHARS = 60_000;

function headingAt(text: string): number {
  let at = -1;
  HEADING_LINE.lastIndex = 0;
  for (let m = HEADING_LINE.exec(text); m !== null; m = HEADING_LINE.exec(text)) at = m.index;
  return at;
}

function isTitleLine(t: string, name: string): boolean {
  return (
    /[A-Za-z]{3}/.test(t) &&
    !/^[-_=\s]+$/.test(t) &&
    !/^\(/.test(t) &&
    squash(t).toLowerCase() !== name.toLowerCase() &&
    !SIGNED.test(t) &&
    !/^(?:by|name|date|dated|pursuant|signature)\b/i.test(t) &&
    !/^-?\s?\d{1,3}\s?-?$/.test(t)
  );
}

/** "Title: Vice President" -> "Vice President"; empty or page-number titles -> null. */
function cleanTitle(t: string | null | undefined, name: string): string | null {
  let title = squash((t ?? '').replace(/^(?:title|its)\s{0,3}:\s*/i, ''));
  // "Peter Oppenheimer Senior Vice President": the signer's name repeated before the title.
  if (name !== '' && title.toLowerCase().startsWith(name.toLowerCase())) {
    title = title.slice(name.length).replace(/^[\s,*]+/, '');
  }
  return /[A-Za-z]{3}/.test(title) && !/^(?:pursuant|by\b|power of attorney)/i.test(title) ? title : null;
}

/** "W. Ron Hinson W. Ron Hinson Comptroller" (an HTML signature block run together): the name
 * printed twice, then the title. */
function splitRepeatedName(text: string): { name: string; rest: string } | null {
  const words = text.split(' ');
  for (let n = 2; n <= 5 && n * 2 <= words.length; n++) {
    const head = words.slice(0, n).join(' ');
    if (words.slice(n, 2 * n).join(' ') === head) return { name: head, rest: words.slice(2 * n).join(' ') };
  }
  return null;
}

export function readSignatures(text: string): Signature[] {
  const at = headingAt(text);
  if (at < 0) return [];
  const lines = splitLines(text.slice(at, at + WINDOW_CHARS));
  const start = 0;
  const end = Math.min(lines.length, start + BLOCK_LINES);
  let blockDate: string | null = null;
  for (let i = start; i < end && blockDate === null; i++) {
    const d = DATE_LINE.exec(lines[i]!.text);
    if (d) blockDate = findDate(d[1]! || (lines[i + 1]?.text ?? ''))?.iso ?? null;
  }
  const signatures: Signature[] = [];
  for (let i = start + 1; i < end && signatures.length < MAX_SIGNATURES; i++) {
    const t = lines[i]!.text;
    const m = SIGNED.exec(t);
    if (!m) continue;
    // A name, a title and a date fit in a few hundred characters; the rest of a long line is not theirs.
    const signed = t.slice(m.index, m.index + 400).replace(/^\/s\/\s*/i, '');
    const cells = lineCells(signed);
    const repeated = splitRepeatedName(squash(cells[0] ?? ''));
    const name = (repeated?.name ?? squash(cells[0] ?? '')).replace(/^name\s{0,3}:\s*/i, '').replace(/[,.]$/, '');
    // Title: after a repeated name, the next cell (signature tables), else the next title line.
    let title: string | null =
      cleanTitle(repeated?.rest, name) ?? (cells[1] && !findDate(cells[1]) ? cleanTitle(cells[1], name) : null);
    let date: string | null = cells.length > 1 ? (findDate(cells.slice(1).join(' '))?.iso ?? null) : null;
    for (let j = i + 1; title === null && j < Math.min(end, i + 5); j++) {
      const next = lines[j]!.text;
      if (SIGNED.test(next)) break;
      if (isTitleLine(next, name)) title = cleanTitle(lineCells(next)[0], name);
    }
    date ??= blockDate;
    signatures.push({ name: name || null, title: title ? squash(title) : null, date });
  }
  return signatures;
}
