import { memo, useState } from 'react';
import { formatCount } from '../../components/format';
import { bucketLabel, type Granularity } from './buckets';

interface Props {
  buckets: [string, number][];
  granularity: Granularity;
  width: number;
  height: number;
  onPick: (fromIndex: number, toIndex: number) => void;
}

const AXIS = 18;
/** Few buckets stay slim bars, centred, rather than slabs across the pane. */
const MAX_SLOT = 56;

/** Bars of hits per bucket. Click a bar, or drag across bars to pick a range. */
export const TimelineChart = memo(function TimelineChart({ buckets, granularity, width, height, onPick }: Props) {
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const max = Math.max(1, ...buckets.map(([, n]) => n));
  const slot = Math.min(MAX_SLOT, width / Math.max(1, buckets.length));
  const left = (width - slot * buckets.length) / 2;
  const gap = slot > 6 ? Math.min(4, slot * 0.2) : 0;
  const plot = height - AXIS;
  // Label as many buckets as fit: every one for a few years, every January for many months.
  const labelEvery = Math.max(1, Math.ceil(48 / slot));
  const indexAt = (x: number) => Math.max(0, Math.min(buckets.length - 1, Math.floor((x - left) / slot)));
  const inDrag = (i: number) => drag !== null && i >= Math.min(drag.from, drag.to) && i <= Math.max(drag.from, drag.to);

  return (
    <svg
      className="timeline-chart"
      width={width}
      height={height}
      role="group"
      aria-label={`Filings per ${granularity}`}
      onPointerDown={(e) => {
        const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
        e.currentTarget.setPointerCapture(e.pointerId);
        setDrag({ from: indexAt(x), to: indexAt(x) });
      }}
      onPointerMove={(e) => {
        if (!drag) return;
        const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
        setDrag({ ...drag, to: indexAt(x) });
      }}
      onPointerUp={() => {
        if (drag) onPick(Math.min(drag.from, drag.to), Math.max(drag.from, drag.to));
        setDrag(null);
      }}
      onPointerCancel={() => setDrag(null)}
    >
      {buckets.map(([key, count], i) => {
        const h = count === 0 ? 0 : Math.max(2, (count / max) * (plot - 4));
        const x = left + i * slot + gap / 2;
        const label = `${bucketLabel(key, granularity)}: ${formatCount(count)} ${count === 1 ? 'filing' : 'filings'}`;
        const showLabel = granularity === 'year' ? i % labelEvery === 0 : key.endsWith('-01') || labelEvery === 1;
        return (
          <g
            key={key}
            role="button"
            tabIndex={0}
            aria-label={label}
            data-bucket={key}
            className="timeline-bucket"
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onPick(i, i);
              }
            }}
          >
            <title>{label}</title>
            <rect className="timeline-hit" x={left + i * slot} y={0} width={slot} height={plot} />
            <rect
              className={`timeline-bar${inDrag(i) ? ' timeline-bar-active' : ''}`}
              x={x}
              y={plot - h}
              width={Math.max(1, slot - gap)}
              height={h}
              rx={slot > 8 ? 2 : 0}
            />
            {showLabel && (
              <text className="timeline-label" x={left + i * slot + slot / 2} y={height - 4} textAnchor="middle">
                {granularity === 'year' ? key : key.slice(0, 4)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
});
