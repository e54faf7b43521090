// exportCsv(): a query's results (or a selection of them) streamed to a CSV file. The
// IPC channel 'export:csv' and `cli export` both end here.
import type { ExportProgress, ExportRequest } from '../../../shared/api/types';
import type { Db } from '../db/open';
import { countResults, iterateResults } from '../search/search';
import { writeResultsCsv } from './write-results-csv';

export interface ExportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
}

/**
 * Writes the results of `req.query` (only `req.ids` when given) to `outPath`, atomically.
 * Throws QuerySyntaxError before creating any file when the query is malformed; an
 * AbortError when `signal` fires; in both cases, and on any failure, nothing is left under
 * `outPath`.
 */
export async function exportCsv(
  db: Db,
  req: ExportRequest,
  outPath: string,
  opts: ExportOptions = {},
): Promise<{ rows: number; path: string }> {
  if (req.columns.length === 0) throw new RangeError('An export needs at least one column.');
  // Counting also validates the query before any file exists. A selection may shrink when
  // some ids no longer match; progress then ends at the rows actually written.
  const total = countResults(db, req.query);
  const rowsTotal = req.ids ? Math.min(total, req.ids.length) : total;
  const results = iterateResults(db, {
    query: req.query,
    sort: req.sort,
    order: req.order,
    ids: req.ids,
    snippets: req.columns.includes('snippet'),
  });
  const rows = await writeResultsCsv(db, results, outPath, {
    columns: req.columns,
    bom: req.bom,
    rowsTotal,
    signal: opts.signal,
    onProgress: opts.onProgress,
  });
  return { rows, path: outPath };
}
