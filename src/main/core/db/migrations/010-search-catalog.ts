import type { Migration } from '../migrate';

const SOURCES = ['filings', 'documents', 'companies', 'items'];
const EVENTS = ['INSERT', 'UPDATE', 'DELETE'];

// The search catalog (core/search/catalog.ts), persisted: one blob per part, written by the
// archive process after it has built them (catalog-store.ts), so the next open loads them
// instead of scanning the tables again. It is exact by construction: a trigger on every table
// the catalog is read from empties it on any insert, update or delete, in the writer's own
// transaction, so a part is only ever read back while the tables still hold what it was
// built from. (On an empty table the DELETE costs about a microsecond per written row.)
export const m010SearchCatalog: Migration = {
  version: 10,
  name: 'search_catalog',
  sql: [
    'CREATE TABLE search_catalog (part TEXT PRIMARY KEY, data BLOB NOT NULL);',
    ...SOURCES.flatMap((table) =>
      EVENTS.map(
        (event) =>
          `CREATE TRIGGER ${table}_${event.toLowerCase()}_catalog AFTER ${event} ON ${table} BEGIN DELETE FROM search_catalog; END;`,
      ),
    ),
  ].join('\n'),
};
