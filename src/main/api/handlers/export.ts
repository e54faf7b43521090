import { exportCsv } from '../../core/export/export-csv';
import { notFound } from '../errors';
import { realPath } from '../file-access';
import type { HandlerDeps, HandlersOf } from './types';

export function exportHandlers({ db, platform, exports, emit, backend }: HandlerDeps): HandlersOf<'export'> {
  return {
    'export:csv': async (request) =>
      exports.run({
        choosePath: () => platform.chooseSavePath('edgar-export.csv'),
        write: (outPath, opts) =>
          exportCsv(db, request, outPath, { ...opts, sidecar: request.sidecar ?? false, backend: backend() }),
        onProgress: (progress) => emit('export:progress', progress),
      }),
    'export:cancel': async () => {
      exports.cancel();
      return null;
    },
    // The page names the file, but only a file an export of this session wrote is shown: the
    // path is checked against the runner's record, never passed on as the page sent it.
    'export:reveal': async ({ path }) => {
      const real = exports.wrote(path) ? realPath(path) : null;
      if (real === null) throw notFound('That export');
      if (platform.showsFiles === false) return { shown: false, path: real };
      await platform.revealPath(real);
      return { shown: true, path: real };
    },
  };
}
