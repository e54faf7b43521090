import type { ExportOutcome } from '../../../../shared/api/types';
import { api } from '../../api/client';
import { ProgressBar } from '../../components/ProgressBar';
import { formatCount, plural } from '../../components/format';
import { Modal } from '../../components/Modal';
import { useLocalStorage } from '../../hooks/useLocalStorage';
import { ExportFooter, useExportRun } from './exportRun';

interface Props {
  query: string;
  /** Filings the query matches (progress counts filings read). */
  total: number;
  onClose: () => void;
}

const DEFAULT_WINDOW = 30;
const MAX_WINDOW = 1000;

/**
 * Keyword in context: every hit of the query over all its results, one CSV row per hit with
 * N words on each side (the hits the viewer shows), or one row per filing with hit counts.
 */
export function HitsExportDialog({ query, total, onClose }: Props) {
  const [window, setWindow] = useLocalStorage('exportHits.window', DEFAULT_WINDOW);
  const [summary, setSummary] = useLocalStorage('exportHits.summary', false);
  const { phase, running, progress, percent, start } = useExportRun(() =>
    api['export:kwic']({ query, window, summary }),
  );
  const wrote = (o: ExportOutcome) =>
    summary
      ? `Wrote ${plural(o.rows, 'filing')} with hit counts to ${o.path}`
      : `Wrote ${plural(o.rows, 'hit')} from ${plural(o.filings ?? 0, 'filing')} to ${o.path}`;

  return (
    <Modal
      title="Export hits"
      onClose={onClose}
      dismissable={!running}
      footer={
        <ExportFooter
          phase={phase}
          onClose={onClose}
          startButton={
            <button type="button" className="btn btn-primary" onClick={start} disabled={total === 0}>
              Export hits…
            </button>
          }
        />
      }
    >
      <p className="muted small">
        Every hit of <code>{query}</code> in all {plural(total, 'result')}, in result order: the hits the viewer shows,
        with the words around each.
      </p>
      <fieldset className="field-group" disabled={running}>
        <legend>Rows</legend>
        <label className="check">
          <input type="radio" name="kwic-shape" checked={!summary} onChange={() => setSummary(false)} />
          One row per hit, with
          <input
            type="number"
            className="kwic-window"
            aria-label="Words on each side"
            min={0}
            max={MAX_WINDOW}
            value={window}
            onChange={(e) => setWindow(Math.max(0, Math.min(MAX_WINDOW, Math.floor(Number(e.target.value) || 0))))}
          />
          words on each side
        </label>
        <label className="check">
          <input type="radio" name="kwic-shape" checked={summary} onChange={() => setSummary(true)} />
          One row per filing, with a hit count per query term
        </label>
      </fieldset>
      {running && (
        <div className="export-progress" role="status">
          <ProgressBar label="Export" percent={percent} />
          <span className="muted">
            {progress
              ? `${formatCount(progress.rowsDone)} of ${formatCount(progress.rowsTotal)} filings read, ${plural(progress.hits ?? 0, 'hit')}`
              : 'Choose where to save…'}
          </span>
        </div>
      )}
      {phase.kind === 'done' && (
        <p role="status" className={phase.outcome.cancelled ? 'muted' : 'text-success'} data-testid="export-outcome">
          {phase.outcome.cancelled ? 'Export cancelled; no file was written.' : wrote(phase.outcome)}
        </p>
      )}
      {phase.kind === 'failed' && (
        <p role="alert" className="text-danger">
          {phase.message}
        </p>
      )}
    </Modal>
  );
}
