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
        Indexing{fraction !== null ? ` ${Math.floor(fraction * 100)}%` : '…'}, results may be incomplete
      </span>
    );
  }
  const parts = [plural(status.filings, 'filing')];
  if (status.lastIndexedAt) parts.push(`indexed ${formatRelative(status.lastIndexedAt)}`);
  return (
    <span className="status-line muted" role="status">
      {parts.join(', ')}
      {lastRun?.cancelled && ' · last run cancelled'}
      {!compact && status.errorCount > 0 && ` · ${plural(status.errorCount, 'file')} could not be read`}
    </span>
  );
}
