// `cli export "QUERY" --out FILE.csv [--db PATH] [--columns a,b,c] [--bom] [--sidecar] [--backend ...]`: the
// whole result set of a query as CSV (--sidecar adds FILE.csv.json, see core/export/sidecar.ts).
// The row count goes to stderr. Exit 2 for a usage, column or query error; the other exit
// statuses as every file export (../file-export.ts).
import { DEFAULT_EXPORT_COLUMNS, EXPORT_COLUMNS, type ExportColumn } from '../../../shared/api/types';
import { openBackend } from '../../core/backend/open-backend';
import { exportCsv } from '../../core/export/export-csv';
import { UsageError } from '../args';
import { BACKEND_OPTIONS, BACKEND_USAGE, openSearchOptionFrom } from '../backend-options';
import { fileExportCommand, parseFileExportArgs } from '../file-export';

const USAGE =
  'usage: npm run --silent cli -- export "QUERY" --out FILE.csv [--db PATH] [--columns a,b,c] [--bom] [--sidecar] ' +
  BACKEND_USAGE;

export const exportCommand = fileExportCommand({
  name: 'export',
  summary: "Export a query's results to CSV",
  usage: USAGE,
  parse: parseArguments,
  // Rows come through the search backend the options name (SQLite unless --backend opensearch).
  write: async (db, { query, columns, bom, sidecar, out, dbPath, opensearch }, signal) => {
    const backend = await openBackend(db, dbPath, opensearch);
    try {
      return await exportCsv(db, { query, columns, bom }, out, { signal, sidecar, backend });
    } finally {
      await backend.close();
    }
  },
  done: ({ rows, sidecarPath }, { out }) =>
    `${rows} rows written to ${out}${sidecarPath ? ` (sidecar ${sidecarPath})` : ''}`,
});

function parseArguments(args: string[]) {
  const { values, ...shared } = parseFileExportArgs(args, {
    columns: { type: 'string' },
    bom: { type: 'boolean' },
    sidecar: { type: 'boolean' },
    ...BACKEND_OPTIONS,
  });
  return {
    ...shared,
    columns: values.columns === undefined ? DEFAULT_EXPORT_COLUMNS : parseColumns(values.columns),
    bom: values.bom ?? false,
    sidecar: values.sidecar ?? false,
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
