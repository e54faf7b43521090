// `cli kwic "QUERY" --out FILE.csv [--window N] [--summary] [--db PATH] [--json]`: every hit of
// a query over its whole result set with N words of context (core/export/kwic.ts). --json
// prints {"rows": N, "filings": M} on stdout. Exit statuses as every file export (../file-export.ts).
import { DEFAULT_WINDOW, exportKwic, KwicQueryError } from '../../core/export/kwic';
import { UsageError } from '../args';
import { fileExportCommand, parseFileExportArgs } from '../file-export';

const USAGE =
  'usage: npm run --silent cli -- kwic "QUERY" --out FILE.csv [--window N] [--summary] [--db PATH] [--json]';

export const kwicCommand = fileExportCommand({
  name: 'kwic',
  summary: 'Export every hit of a query with N words of context to CSV',
  usage: USAGE,
  parse: parseArguments,
  write: (db, { query, window, summary, out }, signal) => exportKwic(db, { query, window, summary, signal }, out),
  done: ({ rows, filings }, { out }) => `${rows} rows (${filings} filings) written to ${out}`,
  json: ({ rows, filings }) => ({ rows, filings }),
  callerError: (err) => (err instanceof KwicQueryError ? err.message : null),
});

function parseArguments(args: string[]) {
  const { values, ...shared } = parseFileExportArgs(args, {
    window: { type: 'string' },
    summary: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const window = values.window === undefined ? DEFAULT_WINDOW : Number(values.window);
  if (!Number.isInteger(window) || window < 0 || window > 1000)
    throw new UsageError('--window expects a whole number of words (0-1000)');
  return {
    ...shared,
    window,
    summary: values.summary ?? false,
    json: values.json ?? false,
  };
}
