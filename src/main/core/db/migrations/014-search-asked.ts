import type { Migration } from '../migrate';

// The queries whose search kept work (core/search/asked.ts): the text as asked, on how many
// occasions, when last, and what its search took then.
// No trigger empties it: after a run's write empties the kept tables (012), the run asks these
// queries again, so a user's usual searches are ready before they are typed.
export const m014SearchAsked: Migration = {
  version: 14,
  name: 'search_asked',
  sql: `CREATE TABLE search_asked (
    query TEXT PRIMARY KEY, asks INTEGER NOT NULL, asked_at INTEGER NOT NULL, cost_ms REAL NOT NULL
  );`,
};
