// Cover values sit next to a parenthesised caption: on its line, above it (the usual layout)
// or below it (captions printed over blank fields, filled in on the next line).
import type { CoverText } from './text-lines';

/** Reads a value from one line; `captionLine` tells whether the line carries the caption. */
export type LineReader = (line: string, captionLine: boolean) => string | null;

export interface NearOptions {
  before: number;
  after: number;
}

const DEFAULT_REACH: NearOptions = { before: 12, after: 4 };

/**
 * The value nearest the first caption line matching `caption` that has one: on the caption's
 * line, then the lines above it (nearest first), then the lines below. Captions with no value
 * within reach (blank form fields) are skipped for the next one.
 */
export function nearCaption(
  cover: CoverText,
  caption: RegExp,
  read: LineReader,
  reach: NearOptions = DEFAULT_REACH,
): string | null {
  const { lines } = cover;
  for (let c = 0; c < lines.length; c++) {
    if (!caption.test(lines[c]!.text)) continue;
    const onLine = read(lines[c]!.text, true);
    if (onLine) return onLine;
    for (let i = c - 1; i >= 0 && i >= c - reach.before; i--) {
      const v = read(lines[i]!.text, false);
      if (v) return v;
    }
    for (let i = c + 1; i < lines.length && i <= c + reach.after; i++) {
      const v = read(lines[i]!.text, caption.test(lines[i]!.text));
      if (v) return v;
    }
  }
  return null;
}

/** Split a line into its cells: tabs (HTML cells) or runs of 2+ spaces (text columns). */
export function lineCells(line: string): string[] {
  return line
    .split(/\t| {2,}/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

export interface PlacedCell {
  text: string;
  /** Column of the cell's first character (text tables); tabs count as one column. */
  column: number;
  /** Position among the line's cells (HTML rows, tab-separated). */
  index: number;
}

/** The cells of a raw line with their columns. */
export function placedCells(raw: string): PlacedCell[] {
  const cells: PlacedCell[] = [];
  const gap = /\t| {2,}/g;
  let from = 0;
  for (let m = gap.exec(raw); ; m = gap.exec(raw)) {
    const end = m ? m.index : raw.length;
    const text = raw.slice(from, end);
    const trimmed = text.trim();
    if (trimmed !== '') cells.push({ text: trimmed, column: from + text.indexOf(trimmed), index: cells.length });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return cells;
}

/**
 * The cell of `valueRaw` that sits under `column` of a caption in a column-aligned text table:
 * the cell whose span covers the column, else the one starting nearest to it.
 */
export function cellAtColumn(valueRaw: string, column: number): string | null {
  const cells = placedCells(valueRaw);
  let best: PlacedCell | null = null;
  for (const c of cells) {
    if (c.column <= column + 2 && column <= c.column + c.text.length) return c.text;
    if (best === null || Math.abs(c.column - column) < Math.abs(best.column - column)) best = c;
  }
  return best?.text ?? null;
}
