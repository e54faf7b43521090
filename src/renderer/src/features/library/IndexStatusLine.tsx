import type { ArchiveState } from './useArchiveStatus';
import { formatRelative, plural } from '../../components/format';
import { progressFraction } from '../indexing/progress';

/** One honest sentence about what the index holds right now. */
export function IndexStatusLine({ archive, compact = false }: { archive: ArchiveState; compact?: boolean }) {
  const { status, progress, lastRun } = archive;
  if (!status) return <span className="status-line muted">Opening archive…</span>;
  if (progress) {
    const fraction = progressFraction(progress);
    return (
      <span className="status-line status-warning" role="status">
        Indexing{fraction !== null ? ` ${Math.floor(fraction * 100)}%` : '…'}
        <span className="status-extra">, results may be incomplete</span>
      </span>
    );
  }
  // In a narrow window only the count shows (status-extra), so nothing is cut off.
  return (
    <span className="status-line muted" role="status">
      {plural(status.filings, 'filing')}
      <span className="status-extra">
        {status.lastIndexedAt && `, indexed ${formatRelative(status.lastIndexedAt)}`}
        {lastRun?.cancelled && ' · last run cancelled'}
      </span>
      {!compact && status.errorCount > 0 && ` · ${plural(status.errorCount, 'file')} could not be read`}
    </span>
  );
}
