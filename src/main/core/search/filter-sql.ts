// Field filters -> SQL predicates over `filings f`, values always bound as parameters.
import type { FilterNode } from '../../../shared/query';

export interface SqlPart {
  sql: string;
  params: unknown[];
}

/** The smallest string greater than every string starting with `prefix` (for index range scans). */
export function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

const inCompanies = (column: string, value: string): SqlPart => ({
  sql: `f.id IN (SELECT filing_id FROM companies WHERE ${column} = ?)`,
  params: [value],
});

export function filterSql(n: FilterNode): SqlPart {
  const v = n.value;
  switch (v.kind) {
    case 'form':
      if (!v.family) return { sql: 'f.form_type = ?', params: [v.form] };
      return { sql: '(f.form_type >= ? AND f.form_type < ?)', params: [v.form, prefixEnd(v.form)] };
    case 'range': {
      const col = n.field === 'period' ? 'f.period' : 'f.filed_date';
      const bounds: [string, string | null][] = [
        [`${col} >= ?`, v.from],
        [`${col} <= ?`, v.to],
      ];
      const set = bounds.filter((b): b is [string, string] => b[1] !== null);
      return { sql: `(${set.map((b) => b[0]).join(' AND ')})`, params: set.map((b) => b[1]) };
    }
    case 'text':
      if (n.field === 'file') {
        return { sql: 'f.id IN (SELECT filing_id FROM files WHERE instr(search_fold(path), ?) > 0)', params: [v.text] };
      }
      return {
        sql: 'f.id IN (SELECT filing_id FROM companies WHERE instr(search_fold(name), ?) > 0)',
        params: [v.text],
      };
    case 'code':
      switch (n.field) {
        case 'cik':
          return inCompanies('cik', v.code);
        case 'state':
          return inCompanies('state', v.code);
        case 'sic':
          return inCompanies('sic', v.code);
        case 'item':
          return { sql: 'f.id IN (SELECT filing_id FROM items WHERE code = ?)', params: [v.code] };
        case 'accession':
          return { sql: 'f.accession = ?', params: [v.code] };
        default: {
          // exhibit:EX-99 finds EX-99 and EX-99.1 documents, or exhibits listed as 99 / 99.1.
          const number = v.code.slice(3);
          return {
            sql: `f.id IN (SELECT filing_id FROM documents WHERE type = ? OR (type >= ? AND type < ?)
              UNION SELECT filing_id FROM exhibits WHERE number = ? OR (number >= ? AND number < ?))`,
            params: [v.code, `${v.code}.`, prefixEnd(`${v.code}.`), number, `${number}.`, prefixEnd(`${number}.`)],
          };
        }
      }
  }
}
