import { exportCsv } from '../../core/export/export-csv';
import { exportKwic } from '../../core/export/kwic';
import { countResults } from '../../core/search';
import { planQuery } from '../../core/search/compile';
import { invalid, notFound } from '../errors';
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
    'export:kwic': async (request) => {
      // Counting validates the query before the save dialog opens; progress counts filings read.
      if (!planQuery(request.query).highlight.length) {
        throw invalid('Export hits needs words to find in the text (the query has none).');
      }
      const filings = countResults(db, request.query, 'relevance');
      let read = 0;
      const outcome = await exports.run({
        choosePath: () => platform.chooseSavePath(request.summary ? 'edgar-hit-counts.csv' : 'edgar-hits.csv'),
        write: async (outPath, { signal, onProgress }) => {
          const r = await exportKwic(
            db,
            {
              ...request,
              signal,
              onProgress: (done) => {
                read = done.filings;
                onProgress({ rowsDone: done.filings, rowsTotal: filings, hits: done.rows });
              },
            },
            outPath,
          );
          read = r.filings;
          return { rows: r.rows, path: outPath };
        },
        onProgress: (progress) => emit('export:progress', progress),
      });
      return outcome.path === null ? outcome : { ...outcome, filings: read };
    },
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
