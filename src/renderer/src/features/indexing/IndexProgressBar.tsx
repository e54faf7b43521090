import { useState } from 'react';
import type { IndexProgress } from '../../../../shared/api/types';
import { api } from '../../api/client';
import { errorMessage } from '../../components/errors';
import { ProgressBar } from '../../components/ProgressBar';
import { formatCount, formatDuration, plural } from '../../components/format';
import { PHASE_LABEL, progressFraction } from './progress';

/** The running index: phase, counts, throughput, time left, and Cancel. */
export function IndexProgressBar({ progress }: { progress: IndexProgress }) {
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fraction = progressFraction(progress);
  const percent = fraction === null ? null : Math.floor(fraction * 100);

  const cancel = () => {
    setCancelling(true);
    api['index:cancel']().catch((e: unknown) => {
      setCancelling(false);
      setError(errorMessage(e));
    });
  };

  return (
    <section className="index-progress" aria-label="Indexing progress" data-testid="index-progress">
      <div className="index-progress-head">
        <strong>{PHASE_LABEL[progress.phase]}</strong>
        <span className="muted">
          {formatCount(progress.filesDone)} of {formatCount(progress.filesTotal)} files
          <span data-testid="index-live-counts">
            {' · '}
            {plural(progress.filings, 'filing')}, {plural(progress.documents, 'document')} searchable
          </span>
          {percent !== null && ` · ${percent}%`}
          {progress.mbPerSecond > 0 && ` · ${progress.mbPerSecond.toFixed(1)} MB/s`}
          {progress.etaSeconds !== null && ` · about ${formatDuration(progress.etaSeconds)} left`}
          {progress.errors > 0 && ` · ${plural(progress.errors, 'error')}`}
        </span>
        <button type="button" className="btn btn-small" onClick={cancel} disabled={cancelling}>
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
      <ProgressBar label="Indexing" percent={percent} />
      {progress.currentFile && (
        <div className="index-progress-file muted mono" title={progress.currentFile}>
          {progress.currentFile}
        </div>
      )}
      {error && (
        <div role="alert" className="text-danger">
          {error}
        </div>
      )}
    </section>
  );
}
