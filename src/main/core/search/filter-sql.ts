// Field filters that are answered by SQL (the catalog does not hold these columns): the
// filing ids, as a JSON array, with every value bound as a parameter.
import type { FilterNode } from '../../../shared/query';
import { isAscii } from '../../../shared/query/text/ascii';
import { sectionFilingsSql } from './sections';

export interface SqlPart {
  sql: string;
  params: unknown[];
}

/** The smallest string greater than every string starting with `prefix` (for index range scans). */
export function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/** A query returning one row: a JSON array of the ids of the filings `n` selects. */
export function filterSql(n: FilterNode): SqlPart {
  const v = n.value;
  const text = v.kind === 'text' ? v.text : '';
  const code = v.kind === 'code' ? v.code : '';
  switch (n.field) {
    case 'cik':
      return { sql: 'SELECT json_group_array(filing_id) FROM companies WHERE cik = ?', params: [code] };
    case 'accession':
      // A filing's key is its accession number whenever it has one (unique index).
      return { sql: 'SELECT json_group_array(id) FROM filings WHERE key = ?', params: [code] };
    case 'file':
      // SQLite's lower() folds ASCII only; other needles need the registered search_fold().
      return {
        sql: `SELECT json_group_array(DISTINCT filing_id) FROM files WHERE filing_id IS NOT NULL
          AND instr(${isAscii(text) ? 'lower(path)' : 'search_fold(path)'}, ?) > 0`,
        params: [text],
      };
    case 'exhibit': {
      // exhibit:EX-99 finds EX-99 and EX-99.1 documents, or exhibits listed as 99 / 99.1.
      const number = code.slice(3);
      return {
        sql: `SELECT json_group_array(filing_id) FROM (
          SELECT filing_id FROM documents WHERE type = ? OR (type >= ? AND type < ?)
          UNION SELECT filing_id FROM exhibits WHERE number = ? OR (number >= ? AND number < ?))`,
        params: [code, `${code}.`, prefixEnd(`${code}.`), number, `${number}.`, prefixEnd(`${number}.`)],
      };
    }
    case 'section':
      return sectionFilingsSql(n);
    default:
      throw new Error(`filter ${n.field} is answered by the catalog`);
  }
}
