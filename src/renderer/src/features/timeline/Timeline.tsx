import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { errorMessage } from '../../components/errors';
import { useAsync } from '../../hooks/useAsync';
import { useElementWidth } from '../../hooks/useElementWidth';
import { bucketLabel, bucketRange, fillBuckets, type Granularity } from './buckets';
import { TimelineChart } from './TimelineChart';

interface Props {
  query: string;
  changeToken: number;
  /** Restricts the search to filings dated from..to (inclusive ISO dates; filed, else date of report). */
  onRange: (from: string, to: string) => void;
}

const HEIGHT = 84;

/** Hits over time for the current query, by the filing's date; picking bars filters by it (date:). */
export const Timeline = memo(function Timeline({ query, changeToken, onRange }: Props) {
  const [granularity, setGranularity] = useState<Granularity>('year');
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const { data, error } = useAsync(
    () => api['search:timeline']({ query, granularity }),
    [query, granularity, changeToken],
  );
  const buckets = useMemo(() => (data ? fillBuckets(data.buckets, data.granularity) : []), [data]);

  const pick = useCallback(
    (from: number, to: number) => {
      if (!data) return;
      const [a, b] = bucketRange(buckets[from][0], buckets[to][0], data.granularity);
      onRange(a, b);
      // Picking a few years zooms in to months.
      if (data.granularity === 'year' && to - from < 3) setGranularity('month');
    },
    [buckets, data, onRange],
  );

  const span =
    buckets.length > 0
      ? `${bucketLabel(buckets[0][0], granularity)} – ${bucketLabel(buckets[buckets.length - 1][0], granularity)}`
      : '';

  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline">
      <div className="timeline-head">
        <span className="timeline-title">Filings per {granularity}</span>
        <span className="muted">{span}</span>
        <span className="spacer" />
        <span className="muted small timeline-hint">Click or drag across bars to filter by date</span>
        <div className="segmented" role="group" aria-label="Timeline granularity">
          <button type="button" aria-pressed={granularity === 'year'} onClick={() => setGranularity('year')}>
            Years
          </button>
          <button type="button" aria-pressed={granularity === 'month'} onClick={() => setGranularity('month')}>
            Months
          </button>
        </div>
      </div>
      <div ref={box} className="timeline-box" style={{ height: HEIGHT }}>
        {error ? (
          <span className="muted small">Timeline unavailable: {errorMessage(error)}</span>
        ) : !data ? (
          <span className="muted small">Counting…</span>
        ) : buckets.length === 0 ? (
          <span className="muted small">No dated filings match.</span>
        ) : (
          width > 0 && (
            <TimelineChart
              buckets={buckets}
              granularity={data.granularity}
              width={width}
              height={HEIGHT}
              onPick={pick}
            />
          )
        )}
      </div>
    </section>
  );
});
