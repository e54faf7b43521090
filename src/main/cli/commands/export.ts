// `cli export "QUERY" --out FILE.csv [--db PATH] [--columns a,b,c] [--bom] [--sidecar] [--backend ...]`: the
// whole result set of a query as CSV (--sidecar adds FILE.csv.json, see core/export/sidecar.ts).
// The row count goes to stderr. Exit 2 for a usage, column or query error, 1 when the export
// fails, 130 when interrupted; no file is left behind unless it succeeded.
import { existsSync } from 'node:fs';
import { DEFAULT_EXPORT_COLUMNS, EXPORT_COLUMNS, type ExportColumn } from '../../../shared/api/types';
import { openDatabase } from '../../core/db/open';
import { openBackend } from '../../core/backend/open-backend';
import { exportCsv } from '../../core/export/export-csv';
import { QuerySyntaxError } from '../../core/search';
import { dbPathFrom, parseCliArgs, UsageError } from '../args';
import { BACKEND_OPTIONS, BACKEND_USAGE, openSearchOptionFrom } from '../backend-options';
import type { Command } from '../command';

const USAGE =
  'usage: npm run --silent cli -- export "QUERY" --out FILE.csv [--db PATH] [--columns a,b,c] [--bom] [--sidecar] ' +
  BACKEND_USAGE;

export const exportCommand: Command = {
  summary: "Export a query's results to CSV",
  usage: USAGE,
  async run(args) {
    let parsed;
    try {
      parsed = parseArguments(args);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      process.stderr.write(`error: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    const { query, out, columns, bom, sidecar, dbPath, opensearch } = parsed;
    if (!existsSync(dbPath)) {
      process.stderr.write(`error: no database at ${dbPath} (run "index" first)\n`);
      return 1;
    }
    const db = openDatabase(dbPath, { readonly: true });
    const backend = await openBackend(db, dbPath, opensearch);
    const interrupt = new AbortController();
    const onSigint = () => interrupt.abort();
    process.once('SIGINT', onSigint);
    try {
      const { rows, sidecarPath } = await exportCsv(db, { query, columns, bom }, out, {
        signal: interrupt.signal,
        sidecar,
        backend,
      });
      process.stderr.write(`${rows} rows written to ${out}${sidecarPath ? ` (sidecar ${sidecarPath})` : ''}\n`);
      return 0;
    } catch (err) {
      return reportFailure(err, query);
    } finally {
      process.off('SIGINT', onSigint);
      await backend.close();
      db.close();
    }
  },
};

function parseArguments(args: string[]) {
  const { values, positionals } = parseCliArgs(args, {
    out: { type: 'string', short: 'o' },
    columns: { type: 'string' },
    bom: { type: 'boolean' },
    sidecar: { type: 'boolean' },
    ...BACKEND_OPTIONS,
  });
  if (positionals.length !== 1) throw new UsageError('expected exactly one QUERY argument');
  if (!values.out) throw new UsageError('--out FILE.csv is required');
  return {
    query: positionals[0],
    out: values.out,
    columns: values.columns === undefined ? DEFAULT_EXPORT_COLUMNS : parseColumns(values.columns),
    bom: values.bom ?? false,
    sidecar: values.sidecar ?? false,
    dbPath: dbPathFrom(values),
    opensearch: openSearchOptionFrom(values),
  };
}

function parseColumns(list: string): ExportColumn[] {
  const names = list.split(',').map((c) => c.trim());
  const valid = new Set<string>(EXPORT_COLUMNS);
  const unknown = names.filter((c) => !valid.has(c));
  if (unknown.length) {
    const which = unknown.map((c) => `"${c}"`).join(', ');
    throw new UsageError(`unknown column ${which}; valid columns: ${EXPORT_COLUMNS.join(', ')}`);
  }
  return names as ExportColumn[];
}

/** The exit status for a failed export, with a message a person can act on. */
function reportFailure(err: unknown, query: string): number {
  if (err instanceof Error && err.name === 'AbortError') {
    process.stderr.write('export interrupted; no file written\n');
    return 130;
  }
  if (err instanceof QuerySyntaxError) {
    process.stderr.write(`error: ${err.message}\n  ${query}\n  ${' '.repeat(err.position)}^\n`);
    return 2;
  }
  process.stderr.write(`error: export failed: ${err instanceof Error ? err.message : String(err)}\n`);
  return 1;
}
