import type { Migration } from '../migrate';

// What the search catalog (core/search/catalog.ts) reads at open, persisted narrow: indexes that
// SQLite keeps up to date with every insert, delete and re-index, so the catalog reads no wide
// row. Its other columns already have one (filings_form, _date, _company, _filed; documents_filing).
// - filings_period: the period column, grouped by value (else a scan of every filing row,
//   meta_json and its overflow pages included).
// - companies_catalog: state, SIC code and name of every company in filing order (else a
//   scan of the rows with their addresses and former names, or a lookup per row by name).
//   Its prefix (filing_id, ord) is migration 8's companies_filing_ord, which it replaces: a
//   filing's companies are still read a page at a time in order, and each insert keeps one
//   index fewer up to date.
export const m009CatalogIndexes: Migration = {
  version: 9,
  name: 'catalog_indexes',
  sql: `
    CREATE INDEX filings_period ON filings(period);
    CREATE INDEX companies_catalog ON companies(filing_id, ord, state, sic, name);
    DROP INDEX companies_filing_ord;
  `,
};
