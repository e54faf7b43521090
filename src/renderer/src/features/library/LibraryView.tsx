import type { ArchiveRoot } from '../../../../shared/api/types';
import { Loading } from '../../components/states';
import { formatCount, formatRelative, plural } from '../../components/format';
import { ErrorList } from './ErrorList';
import { IndexStatusLine } from './IndexStatusLine';
import type { ArchiveState } from './useArchiveStatus';
import { useLibraryActions } from './useLibraryActions';

/** The archive's folders, what the index holds, and the files it could not read. */
export function LibraryView({ archive }: { archive: ArchiveState }) {
  const actions = useLibraryActions(archive.reload);
  const { status } = archive;
  if (!status) return <Loading label="Opening archive…" />;
  const { progress } = archive;
  const indexing = progress !== null;

  return (
    <div className="library">
      <section className="panel library-section">
        <header className="section-head">
          <h2>Archive folders</h2>
          <div className="section-actions">
            <button
              type="button"
              className="btn btn-small"
              onClick={() => actions.reindex()}
              disabled={indexing || actions.busy}
            >
              Re-index all
            </button>
            <button
              type="button"
              className="btn btn-small btn-primary"
              onClick={actions.chooseFolder}
              disabled={actions.busy}
            >
              Add folder…
            </button>
          </div>
        </header>
        <p className="muted">
          <IndexStatusLine archive={archive} />
          {/* During a run the live line below counts what is searchable; these would lag behind. */}
          {!indexing && (
            <>
              {' '}
              · {formatCount(status.documents)} documents · {formatCount(status.companies)} companies
            </>
          )}{' '}
          · database <span className="mono">{status.dbPath}</span>
        </p>
        {progress && progress.phase !== 'scanning' && (
          <p className="library-live" role="status" data-testid="library-live-counts">
            Indexing now: {formatCount(progress.filesDone)} of {formatCount(progress.filesTotal)} files done ·{' '}
            {plural(progress.filings, 'filing')} and {plural(progress.documents, 'document')} searchable
          </p>
        )}
        {actions.error && (
          <p role="alert" className="text-danger">
            {actions.error}
          </p>
        )}
        <ul className="root-list">
          {status.roots.map((root: ArchiveRoot) => (
            <li key={root.id} className="root">
              <div className="root-main">
                <div className="mono root-path" title={root.path}>
                  {root.path}
                </div>
                <div className="muted">
                  {root.offline && <strong className="text-danger">offline (filings kept) · </strong>}
                  {formatCount(root.files)} files ·{' '}
                  {root.lastIndexedAt ? `checked ${formatRelative(root.lastIndexedAt)}` : 'not indexed yet'}
                </div>
              </div>
              <div className="root-actions">
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => actions.reindex(root.id)}
                  disabled={indexing}
                >
                  Re-index
                </button>
                <button type="button" className="btn btn-small" onClick={() => actions.reveal(root.id)}>
                  Reveal
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-danger"
                  onClick={() => actions.remove(root.id)}
                  disabled={indexing}
                  aria-label={`Remove ${root.path} from the archive`}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
        {archive.lastRun && (
          <p className="muted">
            Last run: {formatCount(archive.lastRun.filesIndexed)} files indexed,{' '}
            {formatCount(archive.lastRun.filesSkipped)} unchanged,{' '}
            {formatCount(archive.lastRun.errors.filter((e) => e.kind !== 'not-a-filing').length)} errors,{' '}
            {formatCount(archive.lastRun.errors.filter((e) => e.kind === 'not-a-filing').length)} not filings in{' '}
            {archive.lastRun.seconds.toFixed(1)} s{archive.lastRun.cancelled ? ' (cancelled)' : ''}.
          </p>
        )}
      </section>
      <section className="panel library-section" aria-labelledby="errors-title">
        <header className="section-head">
          <h2 id="errors-title">Files that could not be read</h2>
        </header>
        <ErrorList changeToken={archive.changeToken} kind="error" />
      </section>
      <section className="panel library-section" aria-labelledby="skipped-title">
        <header className="section-head">
          <h2 id="skipped-title">Skipped: not a filing</h2>
        </header>
        <ErrorList changeToken={archive.changeToken} kind="not-a-filing" />
      </section>
    </div>
  );
}
