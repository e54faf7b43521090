import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArchiveStatus, IndexProgress, IndexSummary } from '../../../../shared/api/types';
import { api, useEvent } from '../../api/client';

export interface ArchiveState {
  status: ArchiveStatus | null;
  error: unknown;
  /** Live progress of the current indexing run, from events (null when idle). */
  progress: IndexProgress | null;
  /** The summary of the last run that ended in this session. */
  lastRun: IndexSummary | null;
  /** Bumps whenever the index changed, so views re-query. */
  changeToken: number;
  reload: () => void;
}

const CHANGE_THROTTLE_MS = 1000;

/** The archive's status, kept current by the core's events. */
export function useArchiveStatus(): ArchiveState {
  const [status, setStatus] = useState<ArchiveStatus | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [progress, setProgress] = useState<IndexProgress | null>(null);
  const [lastRun, setLastRun] = useState<IndexSummary | null>(null);
  const [changeToken, setChangeToken] = useState(0);

  const reload = useCallback(() => {
    api['archive:status']().then(
      (next) => {
        setStatus(next);
        setError(undefined);
        setProgress(next.indexing);
      },
      (e: unknown) => setError(e),
    );
  }, []);

  useEffect(reload, [reload]);

  useEvent('index:progress', setProgress);
  // A run writes in many batches: views re-query at most once per CHANGE_THROTTLE_MS.
  const pendingChange = useRef<ReturnType<typeof setTimeout> | null>(null);
  const changed = useCallback(() => {
    if (pendingChange.current) return;
    pendingChange.current = setTimeout(() => {
      pendingChange.current = null;
      setChangeToken((t) => t + 1);
      reload();
    }, CHANGE_THROTTLE_MS);
  }, [reload]);
  useEffect(() => () => clearTimeout(pendingChange.current ?? undefined), []);

  useEvent('index:done', (summary) => {
    setProgress(null);
    setLastRun(summary);
    setChangeToken((t) => t + 1);
    reload();
  });
  useEvent('archive:changed', changed);

  return { status, error, progress, lastRun, changeToken, reload };
}
