// What both export dialogs (CSV, hits) share: the run's phase (idle, running with its
// progress, done, failed), started by the dialog's own request, and the footer's buttons.
import { useState, type ReactNode } from 'react';
import type { ExportOutcome, ExportProgress } from '../../../../shared/api/types';
import { api, useEvent } from '../../api/client';
import { errorMessage } from '../../components/errors';

export type ExportPhase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ExportProgress | null }
  | { kind: 'done'; outcome: ExportOutcome }
  | { kind: 'failed'; message: string };

/** Runs `request` (an export over the contract) and follows its progress events. */
export function useExportRun(request: () => Promise<ExportOutcome>) {
  const [phase, setPhase] = useState<ExportPhase>({ kind: 'idle' });
  useEvent('export:progress', (progress) =>
    setPhase((p) => (p.kind === 'running' ? { kind: 'running', progress } : p)),
  );
  const start = async () => {
    setPhase({ kind: 'running', progress: null });
    try {
      const outcome = await request();
      // No path and not cancelled: the save dialog was dismissed; back to the options.
      setPhase(outcome.path === null && !outcome.cancelled ? { kind: 'idle' } : { kind: 'done', outcome });
    } catch (e) {
      setPhase({ kind: 'failed', message: errorMessage(e) });
    }
  };
  const progress = phase.kind === 'running' ? phase.progress : null;
  const percent =
    progress && progress.rowsTotal > 0 ? Math.floor((progress.rowsDone / progress.rowsTotal) * 100) : null;
  return { phase, running: phase.kind === 'running', progress, percent, start };
}

/** While running: cancel the export; else close (or cancel) and the dialog's own start button. */
export function ExportFooter({
  phase,
  onClose,
  startButton,
}: {
  phase: ExportPhase;
  onClose: () => void;
  startButton: ReactNode;
}) {
  if (phase.kind === 'running')
    return (
      <button type="button" className="btn" onClick={() => api['export:cancel']().catch(() => undefined)}>
        Cancel export
      </button>
    );
  return (
    <>
      <button type="button" className="btn" onClick={onClose}>
        {phase.kind === 'done' ? 'Close' : 'Cancel'}
      </button>
      {startButton}
    </>
  );
}
