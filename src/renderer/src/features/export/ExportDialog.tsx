import { useEffect, useRef, useState } from 'react';
import {
  DEFAULT_EXPORT_COLUMNS,
  EXPORT_COLUMNS,
  type ExportColumn,
  type ExportOutcome,
  type SortKey,
  type SortOrder,
} from '../../../../shared/api/types';
import { api } from '../../api/client';
import { errorMessage } from '../../components/errors';
import { ProgressBar } from '../../components/ProgressBar';
import { formatCount, plural } from '../../components/format';
import { Modal } from '../../components/Modal';
import { useLocalStorage } from '../../hooks/useLocalStorage';
import type { SelectionState } from '../results/useSelection';
import { EXPORT_COLUMN_LABEL } from './columns';
import { ExportFooter, useExportRun } from './exportRun';
import { selectedIds } from './selectedIds';

interface Props {
  query: string;
  sort: SortKey;
  order: SortOrder;
  total: number;
  selection: SelectionState;
  selectedCount: number;
  onClose: () => void;
}

/**
 * CSV export of the selection or of every result, with a column chooser, a BOM option and the
 * reproducibility record; when done, the file can be shown in its folder.
 */
export function ExportDialog({ query, sort, order, total, selection, selectedCount, onClose }: Props) {
  const [scope, setScope] = useState<'selection' | 'all'>(selectedCount > 0 ? 'selection' : 'all');
  const [columns, setColumns] = useLocalStorage<ExportColumn[]>('export.columns', DEFAULT_EXPORT_COLUMNS);
  const [bom, setBom] = useLocalStorage('export.bom', false);
  const [sidecar, setSidecar] = useLocalStorage('export.sidecar', false);
  const { phase, running, progress, percent, start } = useExportRun(async () => {
    const ids = scope === 'selection' ? await selectedIds(selection, query, sort, order) : undefined;
    return api['export:csv']({ query, sort, order, ids, columns, bom, sidecar });
  });

  const toggleColumn = (c: ExportColumn) =>
    setColumns((prev) =>
      prev.includes(c) ? prev.filter((x) => x !== c) : EXPORT_COLUMNS.filter((x) => x === c || prev.includes(x)),
    );

  const rows = scope === 'selection' ? selectedCount : total;

  return (
    <Modal
      title="Export to CSV"
      onClose={onClose}
      dismissable={!running}
      footer={
        <ExportFooter
          phase={phase}
          onClose={onClose}
          startButton={
            <button
              type="button"
              className="btn btn-primary"
              onClick={start}
              disabled={columns.length === 0 || rows === 0}
            >
              Export {plural(rows, 'row')}…
            </button>
          }
        />
      }
    >
      <fieldset className="field-group" disabled={running}>
        <legend>Rows</legend>
        <label className="check">
          <input
            type="radio"
            name="scope"
            checked={scope === 'selection'}
            disabled={selectedCount === 0}
            onChange={() => setScope('selection')}
          />
          Export selection ({plural(selectedCount, 'row')})
        </label>
        <label className="check">
          <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
          Export all {formatCount(total)} results
        </label>
      </fieldset>
      <fieldset className="field-group" disabled={running}>
        <legend>Columns</legend>
        <div className="column-grid">
          {EXPORT_COLUMNS.map((c) => (
            <label key={c} className="check">
              <input type="checkbox" checked={columns.includes(c)} onChange={() => toggleColumn(c)} />
              {EXPORT_COLUMN_LABEL[c]}
            </label>
          ))}
        </div>
        <div className="row-actions">
          <button type="button" className="link-button" onClick={() => setColumns([...EXPORT_COLUMNS])}>
            All
          </button>
          <button type="button" className="link-button" onClick={() => setColumns(DEFAULT_EXPORT_COLUMNS)}>
            Defaults
          </button>
        </div>
      </fieldset>
      <label className="check" title="Lets Excel read accented characters correctly">
        <input type="checkbox" checked={bom} disabled={running} onChange={(e) => setBom(e.target.checked)} />
        Add a byte-order mark (for Excel)
      </label>
      <label
        className="check check-wrap"
        title="A .json file beside the CSV: the query, sort and columns, when it ran, the CSV's SHA-256 and the SHA-256 of every source file behind its rows"
      >
        <input type="checkbox" checked={sidecar} disabled={running} onChange={(e) => setSidecar(e.target.checked)} />
        Also write a reproducibility record (.json beside the CSV, with checksums)
      </label>
      {running && (
        <div className="export-progress" role="status">
          <ProgressBar label="Export" percent={percent} />
          <span className="muted">
            {progress
              ? `${formatCount(progress.rowsDone)} of ${formatCount(progress.rowsTotal)} rows`
              : 'Choose where to save…'}
          </span>
        </div>
      )}
      {phase.kind === 'done' && <ExportDone outcome={phase.outcome} />}
      {phase.kind === 'failed' && (
        <p role="alert" className="text-danger">
          {phase.message}
        </p>
      )}
    </Modal>
  );
}

/** What the export wrote, and "Show in folder" (or, where no folder can be opened, the path to copy). */
function ExportDone({ outcome }: { outcome: ExportOutcome }) {
  const [shown, setShown] = useState<{ path: string } | { error: string } | null>(null);
  // In a short window the dialog's body scrolls: bring the outcome (and the path) into view.
  const ref = useRef<HTMLDivElement>(null);
  // (A block body: scrollIntoView returns a promise in newer Chromium, and an effect must not.)
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [shown]);
  if (outcome.cancelled || outcome.path === null)
    return (
      <p role="status" className="muted" data-testid="export-outcome" ref={ref}>
        Export cancelled; no file was written.
      </p>
    );
  const path = outcome.path;
  const reveal = () =>
    api['export:reveal']({ path }).then(
      (r) => setShown(r.shown ? null : { path: r.path }),
      (e: unknown) => setShown({ error: errorMessage(e) }),
    );
  return (
    <div className="export-done" ref={ref}>
      <p role="status" className="text-success" data-testid="export-outcome">
        Wrote {plural(outcome.rows, 'row')} to <span className="mono">{path}</span>
        {outcome.sidecarPath && (
          <>
            {' '}
            and its record to <span className="mono">{outcome.sidecarPath}</span>
          </>
        )}
      </p>
      <button type="button" className="btn btn-small" onClick={reveal}>
        Show in folder
      </button>
      {shown && 'path' in shown && (
        <p className="muted" data-testid="export-path">
          This window cannot open folders; the file is at <span className="mono selectable">{shown.path}</span>
        </p>
      )}
      {shown && 'error' in shown && (
        <p role="alert" className="text-danger">
          {shown.error}
        </p>
      )}
    </div>
  );
}
