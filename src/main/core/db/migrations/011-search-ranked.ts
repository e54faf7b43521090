import type { Migration } from '../migrate';

const CHILDREN = ['documents', 'companies', 'items'];
const EVENTS: [table: string, events: string[]][] = [
  ['filings', ['INSERT', 'UPDATE', 'DELETE']],
  ...CHILDREN.map((t) => [t, ['UPDATE', 'DELETE']] as [string, string[]]),
];

// The best documents of common text queries, saved (core/search/saved-best.ts): one blob per
// FTS5 expression with each kept document's bm25 as FTS5 computed it. A score depends on the
// whole archive (idf, average length), so the table is emptied by the same writes that empty
// search_catalog (migration 010, whose reasons hold here); 010's triggers are replaced by ones
// that empty both tables.
export const m011SearchRanked: Migration = {
  version: 11,
  name: 'search_ranked',
  sql: [
    'CREATE TABLE search_ranked (part TEXT PRIMARY KEY, data BLOB NOT NULL);',
    ...EVENTS.flatMap(([table, events]) =>
      events.map((event) => {
        const name = `${table}_${event.toLowerCase()}_catalog`;
        return `DROP TRIGGER ${name};
CREATE TRIGGER ${name} AFTER ${event} ON ${table} BEGIN DELETE FROM search_catalog; DELETE FROM search_ranked; END;`;
      }),
    ),
  ].join('\n'),
};
