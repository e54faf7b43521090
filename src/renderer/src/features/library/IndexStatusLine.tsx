import type { BackendStatus } from '../../../../shared/api/types';
import type { ArchiveState } from './useArchiveStatus';
import { formatCount, formatRelative, plural } from '../../components/format';
import { progressFraction } from '../indexing/progress';

/** One honest sentence about what the index holds right now. */
export function IndexStatusLine({ archive, compact = false }: { archive: ArchiveState; compact?: boolean }) {
  const { status, progress, lastRun } = archive;
  if (!status) return <span className="status-line muted">Opening archive…</span>;
  if (progress?.phase === 'scanning') {
    return (
      <span className="status-line status-warning" role="status">
        Checking {formatCount(progress.filesTotal)} files for changes…
      </span>
    );
  }
  if (progress) {
    const fraction = progressFraction(progress);
    return (
      <span className="status-line status-warning" role="status">
        Indexing{fraction !== null ? ` ${Math.floor(fraction * 100)}%` : '…'}
        <span className="status-extra">, results may be incomplete</span>
      </span>
    );
  }
  const offline = status.roots.filter((r) => r.offline).length;
  // In a narrow window only the count shows (status-extra), so nothing is cut off.
  return (
    <span className="status-line muted" role="status">
      {plural(status.filings, 'filing')}
      <span className="status-extra">
        {status.lastIndexedAt && `, last checked ${formatRelative(status.lastIndexedAt)}`}
        {status.upToDate === false && ' · may be out of date'}
        {offline > 0 && ` · ${plural(offline, 'folder')} offline`}
        {lastRun?.cancelled && ' · last run cancelled'}
        {status.backend && <BackendName backend={status.backend} />}
      </span>
      {!compact && status.errorCount > 0 && ` · ${plural(status.errorCount, 'file')} could not be read`}
    </span>
  );
}

/** Which backend answers searches (its database or cluster address on hover; the top bar has little room). */
function BackendName({ backend }: { backend: BackendStatus }) {
  return (
    <span data-testid="status-backend" title={`Searches are answered by ${backend.location}`}>
      {' · '}
      {backend.name === 'opensearch' ? 'OpenSearch' : 'SQLite'}
    </span>
  );
}
