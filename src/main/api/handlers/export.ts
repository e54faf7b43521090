import { exportCsv } from '../../core/export/export-csv';
import type { HandlerDeps, HandlersOf } from './types';

export function exportHandlers({ db, platform, exports, emit, backend }: HandlerDeps): HandlersOf<'export'> {
  return {
    'export:csv': async (request) =>
      exports.run({
        choosePath: () => platform.chooseSavePath('edgar-export.csv'),
        write: (outPath, opts) => exportCsv(db, request, outPath, { ...opts, backend: backend() }),
        onProgress: (progress) => emit('export:progress', progress),
      }),
    'export:cancel': async () => {
      exports.cancel();
      return null;
    },
  };
}
