// Signatures: after the SIGNATURE(S) heading, each "/s/ Name" (often after "By:") with the
// signer's title on the following line or in the next table cell, and the block's date.
import type { Signature } from '../../filing';
import { findDate } from '../../edgar/dates';
import { lineCells } from './near-caption';
import { splitLines, squash, type Line } from './text-lines';

const HEADING = /^signatures?\.?$/i;
const SIGNED = /\/s\/\s{0,5}(\S.{1,80})/i;
const DATE_LINE = /^(?:dated?|date\s{0,3}signed)\s{0,3}[:.]?\s{0,5}(.{0,60})$/i;
const MAX_SIGNATURES = 40;
/** Lines after the heading that may still belong to the signature block. */
const BLOCK_LINES = 250;

function headingLine(lines: readonly Line[]): number {
  // The heading of a 10-K's signature page follows its table of contents: take the last one.
  let at = -1;
  for (let i = 0; i < lines.length; i++) if (HEADING.test(lines[i]!.text)) at = i;
  return at;
}

function isTitleLine(t: string, name: string): boolean {
  return (
    t !== '' &&
    !/^[-_=\s]+$/.test(t) &&
    !/^\(/.test(t) &&
    squash(t).toLowerCase() !== name.toLowerCase() &&
    !SIGNED.test(t) &&
    !/^(?:by|name|date|dated)\b/i.test(t)
  );
}

export function readSignatures(text: string): Signature[] {
  const lines = splitLines(text.length > 3_000_000 ? text.slice(-3_000_000) : text);
  const start = headingLine(lines);
  if (start < 0) return [];
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
    const cells = lineCells(t.slice(m.index));
    const name = squash((cells[0] ?? '').replace(/^\/s\/\s*/i, '')).replace(/[,.]$/, '');
    // Title: the next cell on the line (signature tables), else the next title-like line.
    let title: string | null = cells[1] && !findDate(cells[1]) ? cells[1] : null;
    let date: string | null = cells.length > 1 ? (findDate(cells.slice(1).join(' '))?.iso ?? null) : null;
    for (let j = i + 1; title === null && j < Math.min(end, i + 5); j++) {
      const next = lines[j]!.text;
      if (SIGNED.test(next)) break;
      if (isTitleLine(next, name)) title = lineCells(next)[0] ?? null;
    }
    date ??= blockDate;
    signatures.push({ name: name || null, title: title ? squash(title) : null, date });
  }
  return signatures;
}
