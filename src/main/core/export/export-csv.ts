// exportCsv(): a query's results (or a selection of them) streamed to a CSV file. The
// IPC channel 'export:csv' and `cli export` both end here.
import type { ExportProgress, ExportRequest } from '../../../shared/api/types';
import type { Db } from '../db/open';
import type { SearchBackend } from '../backend/search-backend';
import { sqliteBackend } from '../backend/sqlite-backend';
import { SidecarWriter } from './sidecar';
import { writeResultsCsv } from './write-results-csv';

export interface ExportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** Also write `<outPath>.json` (see sidecar.ts). */
  sidecar?: boolean;
  /** Where the results come from; default the embedded search over `db`. */
  backend?: SearchBackend;
}

export interface ExportResult {
  rows: number;
  path: string;
  /** The sidecar's path, when one was asked for. */
  sidecarPath?: string;
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
): Promise<ExportResult> {
  if (req.columns.length === 0) throw new RangeError('An export needs at least one column.');
  // Counting also validates the query before any file exists. A selection may shrink when
  // some ids no longer match; progress then ends at the rows actually written.
  const backend = opts.backend ?? sqliteBackend(db, db.name);
  const total = await backend.count(req.query, req.sort ?? 'relevance');
  const rowsTotal = req.ids ? Math.min(total, req.ids.length) : total;
  const results = backend.iterate({
    query: req.query,
    sort: req.sort,
    order: req.order,
    ids: req.ids,
    snippets: req.columns.includes('snippet'),
  });
  const sidecar = opts.sidecar ? await SidecarWriter.open(db, outPath, req) : null;
  try {
    const rows = await writeResultsCsv(db, results, outPath, {
      columns: req.columns,
      bom: req.bom,
      rowsTotal,
      signal: opts.signal,
      onProgress: opts.onProgress,
      onChunk: sidecar ? (text, page) => sidecar.add(text, page) : undefined,
    });
    // The CSV is complete under its name first; a sidecar that then fails to land is reported
    // as a failure, and the complete CSV stays.
    return sidecar ? { rows, path: outPath, sidecarPath: await sidecar.commit(rows) } : { rows, path: outPath };
  } catch (err) {
    await sidecar?.discard();
    throw err;
  }
}
