import type { HighlightToken } from '../../../../shared/query';

export interface Segment {
  text: string;
  kind: HighlightToken['kind'] | 'space';
  error: boolean;
}

/**
 * Cuts the query into runs of one token kind, with the character at the error position
 * (or a trailing space when the error is at the end) flagged so it can be underlined.
 */
export function highlightSegments(text: string, tokens: HighlightToken[], errorAt: number | null): Segment[] {
  const shown = errorAt !== null && errorAt >= text.length ? `${text} ` : text;
  const cuts = new Set([0, shown.length]);
  for (const t of tokens) cuts.add(t.start).add(t.end);
  if (errorAt !== null) cuts.add(errorAt).add(Math.min(shown.length, errorAt + 1));
  const points = [...cuts].filter((p) => p >= 0 && p <= shown.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const token = tokens.find((t) => t.start <= start && end <= t.end);
    segments.push({
      text: shown.slice(start, end),
      kind: token?.kind ?? 'space',
      error: errorAt !== null && start === errorAt,
    });
  }
  return segments;
}
