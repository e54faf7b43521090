// RFC 4180 text from rows of cells, by csv-stringify rather than hand-rolled quoting:
// comma separator, CRLF record ends, quotes doubled, and fields quoted when they hold a
// comma, a quote, CR or LF. escape_formulas applies OWASP's CSV-injection rule: a text cell
// starting with =, +, -, @, tab or CR gets a leading ' (numbers, typed as numbers, stay plain).
import { stringify } from 'csv-stringify/sync';
import type { Cell } from './columns';

const BOM = '\uFEFF';

const OPTIONS = {
  delimiter: ',',
  record_delimiter: 'windows',
  // Without this, setting record_delimiter makes csv-stringify quote only the full CRLF,
  // leaving a lone CR or LF bare, which RFC 4180 parsers read as a new record.
  quote_record_delimiter: true,
  quote: '"',
  escape: '"',
  escape_formulas: true,
} as const;

/** CSV text for `rows`, each record ended by CRLF; `bom` prefixes a UTF-8 byte-order mark. */
export function csvText(rows: Cell[][], { bom = false }: { bom?: boolean } = {}): string {
  const text = rows.length ? stringify(rows, OPTIONS) : '';
  return bom ? BOM + text : text;
}
