// Facts an export may ask for that SearchResult does not carry (SIC, state, file number,
// document count), read for a whole page of results at once: two queries per page, never
// one per row.
import type { SearchResult } from '../../../shared/api/types';
import type { Db } from '../db/open';
import { joinList } from './columns';

export interface CompanyExtras {
  sic: string | null;
  state: string | null;
}

export interface FilingExtras {
  /** Aligned with SearchResult.companies: entry i describes result company i. */
  companies: CompanyExtras[];
  fileNumber: string | null;
  documentCount: number;
}

interface FilingRow {
  id: number;
  file_number: string | null;
  doc_count: number;
}

interface CompanyRow {
  filing_id: number;
  role: string;
  name: string | null;
  cik: string | null;
  sic: string | null;
  state: string | null;
  file_number: string | null;
}

export type ExtrasLoader = (page: readonly SearchResult[]) => Map<number, FilingExtras>;

/** Prepares the two page queries once per export. The id list travels as one JSON parameter. */
export function createExtrasLoader(db: Db): ExtrasLoader {
  const filingsStmt = db.prepare<[string], FilingRow>(
    'SELECT id, file_number, doc_count FROM filings WHERE id IN (SELECT value FROM json_each(?))',
  );
  const companiesStmt = db.prepare<[string], CompanyRow>(
    `SELECT filing_id, role, name, cik, sic, state, file_number FROM companies
     WHERE filing_id IN (SELECT value FROM json_each(?)) ORDER BY filing_id, ord`,
  );

  return (page) => {
    const ids = JSON.stringify(page.map((r) => r.id));
    const companiesByFiling = groupBy(companiesStmt.all(ids), (c) => c.filing_id);
    const out = new Map<number, FilingExtras>();
    const resultsById = new Map(page.map((r) => [r.id, r]));
    for (const f of filingsStmt.all(ids)) {
      const rows = companiesByFiling.get(f.id) ?? [];
      out.set(f.id, {
        companies: alignCompanies(resultsById.get(f.id)?.companies ?? [], rows),
        // The header's filing-level file number, else the companies' (e.g. a 13D's subject).
        fileNumber: f.file_number ?? joinList([...new Set(rows.map((c) => c.file_number).filter(Boolean))]),
        documentCount: f.doc_count,
      });
    }
    return out;
  };
}

/**
 * Pairs each result company with its database row by (role, name, cik), so the extra columns
 * line up with the name and CIK columns even if search lists a subset or another order.
 */
function alignCompanies(wanted: SearchResult['companies'], rows: CompanyRow[]): CompanyExtras[] {
  const unused = [...rows];
  return wanted.map((c) => {
    const at = unused.findIndex((r) => r.role === c.role && r.name === c.name && r.cik === c.cik);
    if (at < 0) return { sic: null, state: null };
    const [row] = unused.splice(at, 1);
    return { sic: row.sic, state: row.state };
  });
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
