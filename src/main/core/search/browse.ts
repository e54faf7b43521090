// browseCompanies: one row per company (by CIK, or by name when a filing gave no CIK) with
// its latest name, filing count, former names, state and SIC.
import type { BrowseCompaniesRequest, CompanySummary } from '../../../shared/api/types';
import type { FormerName } from '../../../shared/filing';
import type { Db } from '../db/open';
import { parseJson } from './filing';
import { stmt } from './statements';

interface Row {
  name: string;
  cik: string | null;
  filings: number;
  formers: string | null;
  state: string | null;
  sic: string | null;
}

const DEFAULT_LIMIT = 100;
const GROUP = `coalesce(c.cik, 'name:' || c.name)`;
const WHERE = `c.name IS NOT NULL AND (@pattern = '' OR c.name LIKE @pattern ESCAPE '\\')`;

export function browseCompanies(db: Db, req: BrowseCompaniesRequest): { total: number; companies: CompanySummary[] } {
  const prefix = (req.prefix ?? '').trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  const pattern = prefix ? `${prefix}%` : '';
  const limit = Math.max(1, Math.min(req.limit ?? DEFAULT_LIMIT, 10_000));
  const offset = Math.max(0, req.offset ?? 0);
  const total = stmt<[{ pattern: string }], number>(
    db,
    `SELECT count(DISTINCT ${GROUP}) FROM companies c WHERE ${WHERE}`,
  )
    .pluck()
    .get({ pattern }) as number;
  // The bare columns take their values from the row with max(filed): the latest name wins.
  const rows = stmt<[{ pattern: string; limit: number; offset: number }], Row & { latest: string | null }>(
    db,
    `SELECT c.name, c.cik, max(coalesce(f.filed_date, '')) AS latest, count(DISTINCT c.filing_id) AS filings,
       group_concat(c.former_names, char(30)) AS formers,
       max(c.state) AS state, max(c.sic) AS sic
     FROM companies c JOIN filings f ON f.id = c.filing_id
     WHERE ${WHERE} GROUP BY ${GROUP} ORDER BY c.name COLLATE NOCASE, c.cik LIMIT @limit OFFSET @offset`,
  ).all({ pattern, limit, offset });
  const companies = rows.map((r): CompanySummary => {
    const former = new Set<string>();
    for (const part of (r.formers ?? '').split('\u001e')) {
      for (const f of parseJson<FormerName[]>(part, [])) if (f?.name && f.name !== r.name) former.add(f.name);
    }
    return { name: r.name, cik: r.cik, filings: r.filings, formerNames: [...former], state: r.state, sic: r.sic };
  });
  return { total, companies };
}
