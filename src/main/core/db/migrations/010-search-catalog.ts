import type { Migration } from '../migrate';

const EMPTY = 'BEGIN DELETE FROM search_catalog; END;';
const CHILDREN = ['documents', 'companies', 'items'];

// The search catalog (core/search/catalog.ts), saved: one blob per part, written by the
// archive process after it has built them (catalog-store.ts), so the next open loads them
// instead of scanning the tables again. Triggers empty it in the writer's own transaction, so
// a part is only read back while the tables hold what it was built from:
// - any insert, update or delete of a filing: every write of FilingWriter (insert, re-index,
//   delete) writes the filing's row, and a filing's documents, companies and items are only
//   ever inserted by it, with the filing (store/filing-writer.ts `fill`);
// - any update or delete of a document, company or item (a re-index, or SQL by hand).
// Not on the inserts of those rows: a trigger costs ~15 µs a row, and they are most of an
// indexing run's rows.
export const m010SearchCatalog: Migration = {
  version: 10,
  name: 'search_catalog',
  sql: [
    'CREATE TABLE search_catalog (part TEXT PRIMARY KEY, data BLOB NOT NULL);',
    ...['INSERT', 'UPDATE', 'DELETE'].map(
      (event) => `CREATE TRIGGER filings_${event.toLowerCase()}_catalog AFTER ${event} ON filings ${EMPTY}`,
    ),
    ...CHILDREN.flatMap((table) =>
      ['UPDATE', 'DELETE'].map(
        (event) => `CREATE TRIGGER ${table}_${event.toLowerCase()}_catalog AFTER ${event} ON ${table} ${EMPTY}`,
      ),
    ),
  ].join('\n'),
};
