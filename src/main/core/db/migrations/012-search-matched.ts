import type { Migration } from '../migrate';

const CHILDREN = ['documents', 'companies', 'items'];
const EVENTS: [table: string, events: string[]][] = [
  ['filings', ['INSERT', 'UPDATE', 'DELETE']],
  ...CHILDREN.map((t) => [t, ['UPDATE', 'DELETE']] as [string, string[]]),
];
const SAVED = ['search_catalog', 'search_ranked', 'search_matched', 'search_section_hits'];

// The documents of expensive text expressions, saved (core/search/saved-matches.ts): one blob
// per FTS5 expression with every document it matches; and the section codes with a hit per
// document the section facet read (saved-section-hits.ts). What FTS5 matches, and a document's
// text and sections, change with the same writes that change the catalog (migration 010,
// whose reasons hold here: sections are written and deleted with their document), so 011's
// triggers are replaced by ones that empty all four tables.
export const m012SearchMatched: Migration = {
  version: 12,
  name: 'search_matched',
  sql: [
    'CREATE TABLE search_matched (part TEXT PRIMARY KEY, data BLOB NOT NULL);',
    'CREATE TABLE search_section_hits (part TEXT PRIMARY KEY, data BLOB NOT NULL);',
    ...EVENTS.flatMap(([table, events]) =>
      events.map((event) => {
        const name = `${table}_${event.toLowerCase()}_catalog`;
        const empty = SAVED.map((t) => `DELETE FROM ${t};`).join(' ');
        return `DROP TRIGGER ${name};
CREATE TRIGGER ${name} AFTER ${event} ON ${table} BEGIN ${empty} END;`;
      }),
    ),
  ].join('\n'),
};
