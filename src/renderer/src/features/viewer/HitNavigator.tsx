interface Props {
  count: number;
  current: number | null;
  onChange: (index: number) => void;
}

/** "3 of 17" with previous and next; wraps around at either end. */
export function HitNavigator({ count, current, onChange }: Props) {
  if (count === 0) return <span className="muted hit-counter">No hits in this document</span>;
  const step = (delta: number) => onChange(((current ?? -1) + delta + count) % count);
  return (
    <div className="hit-nav" role="group" aria-label="Hits">
      <button
        type="button"
        className="btn btn-small"
        onClick={() => step(-1)}
        aria-label="Previous hit"
        title="Previous hit (p or Shift+F3)"
      >
        ↑ Prev
      </button>
      <span className="hit-counter" aria-live="polite" data-testid="hit-counter">
        {current === null ? `${count} hits` : `${current + 1} of ${count}`}
      </span>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => step(1)}
        aria-label="Next hit"
        title="Next hit (n or F3)"
      >
        ↓ Next
      </button>
    </div>
  );
}
