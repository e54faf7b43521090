import { useCallback, useState } from 'react';
import type { ArchiveRoot } from '../../../../shared/api/types';
import { api } from '../../api/client';
import { errorMessage } from '../../components/errors';

/** Library commands, each reporting its failure as a sentence instead of throwing. */
export function useLibraryActions(onChanged: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      setBusy(true);
      setError(null);
      try {
        await action();
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setBusy(false);
        onChanged();
      }
    },
    [onChanged],
  );

  const indexRoot = (root: ArchiveRoot | null) => (root ? api['index:start']({ rootIds: [root.id] }) : null);

  return {
    error,
    busy,
    chooseFolder: () => run(async () => indexRoot(await api['archive:chooseFolder']())),
    openSample: () => run(async () => indexRoot(await api['archive:openSample']())),
    reindex: (id?: number) => run(() => api['index:start'](id === undefined ? {} : { rootIds: [id] })),
    remove: (id: number) => run(() => api['archive:removeRoot']({ id })),
    reveal: (id: number) => run(() => api['archive:revealRoot']({ id })),
  };
}
