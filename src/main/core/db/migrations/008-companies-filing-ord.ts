import type { Migration } from '../migrate';

// A filing's companies in their order, a page at a time (issue 12): 'filing:get' lists the
// first 200 of a filing's companies by `ord`. With an index on filing_id alone, a filing of a
// million companies (a dissemination .nc) sorted all of them for every page (~300 ms); with
// (filing_id, ord) a page is read in order. It replaces the index on filing_id (its prefix).
export const m008CompaniesFilingOrd: Migration = {
  version: 8,
  name: 'companies_filing_ord',
  sql: `
    CREATE INDEX companies_filing_ord ON companies(filing_id, ord);
    DROP INDEX companies_filing;
  `,
};
