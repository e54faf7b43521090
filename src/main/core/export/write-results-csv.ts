// Streams search results to a CSV file: results are pulled a page at a time, the page's
// extra facts are read in one batch, and its CSV text is handed to the file only when the
// disk has drained the previous one, so memory stays flat however many rows there are.
import type { ExportColumn, ExportProgress, SearchResult } from '../../../shared/api/types';
import type { Db } from '../db/open';
import { writeFileAtomically } from './atomic-file';
import { EXTRA_COLUMNS, rowCells } from './columns';
import { csvText } from './csv-text';
import { createExtrasLoader, type ExtrasLoader } from './filing-extras';
import { pages } from './pages';
import { trackProgress, type ProgressTracker } from './progress';

/** Rows per page: big enough to amortise the batch queries, small enough to stay cheap. */
export const PAGE_SIZE = 500;

export interface WriteResultsOptions {
  columns: readonly ExportColumn[];
  bom: boolean;
  /** Expected row count, for progress. */
  rowsTotal: number;
  signal?: AbortSignal;
  onProgress?: (p: ExportProgress) => void;
  /** Sees every chunk of CSV text before it is written, with the results it holds (the sidecar uses it). */
  onChunk?: (text: string, page: readonly SearchResult[]) => void | Promise<void>;
}

/** Writes `results` to `outPath` atomically; resolves to the number of data rows written. */
export async function writeResultsCsv(
  db: Db,
  results: Iterable<SearchResult> | AsyncIterable<SearchResult>,
  outPath: string,
  opts: WriteResultsOptions,
): Promise<number> {
  const needsExtras = opts.columns.some((c) => EXTRA_COLUMNS.has(c));
  const loadExtras = needsExtras ? createExtrasLoader(db) : undefined;
  const progress = trackProgress(opts.rowsTotal, opts.onProgress);
  await writeFileAtomically(outPath, csvChunks(results, opts, loadExtras, progress), opts.signal);
  progress.finish();
  return progress.rowsDone;
}

async function* csvChunks(
  results: Iterable<SearchResult> | AsyncIterable<SearchResult>,
  opts: WriteResultsOptions,
  loadExtras: ExtrasLoader | undefined,
  progress: ProgressTracker,
): AsyncGenerator<string> {
  const header = csvText([[...opts.columns]], { bom: opts.bom });
  await opts.onChunk?.(header, []);
  yield header;
  for await (const page of pages(results, PAGE_SIZE)) {
    const extras = loadExtras?.(page);
    const text = csvText(page.map((r) => rowCells(r, extras?.get(r.id), opts.columns)));
    await opts.onChunk?.(text, page);
    yield text;
    progress.add(page.length);
  }
}
