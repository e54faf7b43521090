import type { Migration } from '../migrate';

// What the OpenSearch backend was last sent for each filing (core/opensearch/sync.ts): the
// revision (the external version of the filing's record in the index) and the hash of the
// record, so a sync sends only what changed and a sync killed midway resumes without sending
// anything twice to the index's final state.
export const m005OpensearchSync: Migration = {
  version: 5,
  name: 'opensearch-sync',
  sql: `
    CREATE TABLE opensearch_sync (
      target TEXT NOT NULL,
      filing_id INTEGER NOT NULL,
      revision INTEGER NOT NULL,
      hash TEXT NOT NULL,
      sent_at INTEGER NOT NULL,
      PRIMARY KEY (target, filing_id)
    ) WITHOUT ROWID;
  `,
};
