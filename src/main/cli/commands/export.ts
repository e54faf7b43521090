// `cli export "QUERY" --out FILE.csv [--db PATH] [--columns a,b,c] [--bom] [--sidecar]`: the
// whole result set of a query as CSV (--sidecar adds FILE.csv.json, see core/export/sidecar.ts).
// The row count goes to stderr. Exit 2 for a usage, column or query error; the other exit
// statuses as every file export (../file-export.ts).
import { DEFAULT_EXPORT_COLUMNS, EXPORT_COLUMNS, type ExportColumn } from '../../../shared/api/types';
import { exportCsv } from '../../core/export/export-csv';
import { UsageError } from '../args';
import { fileExportCommand, parseFileExportArgs } from '../file-export';

const USAGE =
  'usage: npm run --silent cli -- export "QUERY" --out FILE.csv [--db PATH] [--columns a,b,c] [--bom] [--sidecar]';

export const exportCommand = fileExportCommand({
  name: 'export',
  summary: "Export a query's results to CSV",
  usage: USAGE,
  parse: parseArguments,
  write: (db, { query, columns, bom, sidecar, out }, signal) =>
    exportCsv(db, { query, columns, bom }, out, { signal, sidecar }),
  done: ({ rows, sidecarPath }, { out }) =>
    `${rows} rows written to ${out}${sidecarPath ? ` (sidecar ${sidecarPath})` : ''}`,
});

function parseArguments(args: string[]) {
  const { values, ...shared } = parseFileExportArgs(args, {
    columns: { type: 'string' },
    bom: { type: 'boolean' },
    sidecar: { type: 'boolean' },
  });
  return {
    ...shared,
    columns: values.columns === undefined ? DEFAULT_EXPORT_COLUMNS : parseColumns(values.columns),
    bom: values.bom ?? false,
    sidecar: values.sidecar ?? false,
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
