// The cover page as lines and cells. Cover facts sit in the first pages, so only a bounded
// head of the text is examined: the work per document is constant, whatever its size.

/** How much of the text the cover readers look at. */
export const COVER_HEAD_CHARS = 15_000;

export interface Line {
  /** The line without its end-of-line, trimmed. */
  text: string;
  /** Offset of the line's first character in the head. */
  start: number;
}

export interface Cell {
  text: string;
  /** Index of the line the cell is on. */
  line: number;
  /** Column where the cell starts on its line (for column-aligned text tables). */
  column: number;
}

export interface CoverText {
  head: string;
  lines: Line[];
  /** Lines split at tabs or runs of 2+ spaces: text tables and HTML rows alike. */
  cells: Cell[];
}

// Tabs (HTML cells as the parser writes them) or 2+ spaces (column-aligned plain text).
const CELL_GAP = /\t+| {2,}/g;

export function coverText(text: string, limit = COVER_HEAD_CHARS): CoverText {
  const head = text.length > limit ? text.slice(0, limit) : text;
  const lines: Line[] = [];
  const cells: Cell[] = [];
  let start = 0;
  while (start <= head.length) {
    let end = head.indexOf('\n', start);
    if (end < 0) end = head.length;
    const raw = head.slice(start, end).replace(/\r$/, '');
    const lineIndex = lines.length;
    lines.push({ text: raw.trim(), start });
    let col = 0;
    CELL_GAP.lastIndex = 0;
    for (let m = CELL_GAP.exec(raw); ; m = CELL_GAP.exec(raw)) {
      const cellEnd = m ? m.index : raw.length;
      const cell = raw.slice(col, cellEnd).trim();
      if (cell !== '') cells.push({ text: cell, line: lineIndex, column: col });
      if (!m) break;
      col = m.index + m[0].length;
    }
    start = end + 1;
  }
  return { head, lines, cells };
}

/** Index of the first line whose text matches `re`, from line `from`, or -1. */
export function findLine(lines: readonly Line[], re: RegExp, from = 0): number {
  for (let i = from; i < lines.length; i++) if (re.test(lines[i]!.text)) return i;
  return -1;
}

/** Collapse inner whitespace runs to one space. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
