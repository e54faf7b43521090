import { memo } from 'react';

interface Props {
  text: string;
  /** [start, end) offsets into `text`, ascending. */
  hits: readonly (readonly [number, number])[];
}

/** Text with hit ranges wrapped in <mark>, built as React text nodes (never innerHTML). */
export const HighlightedText = memo(function HighlightedText({ text, hits }: Props) {
  if (hits.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  hits.forEach(([start, end], i) => {
    const s = Math.max(start, at);
    const e = Math.min(end, text.length);
    if (e <= s) return;
    if (s > at) parts.push(text.slice(at, s));
    parts.push(<mark key={i}>{text.slice(s, e)}</mark>);
    at = e;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
});
