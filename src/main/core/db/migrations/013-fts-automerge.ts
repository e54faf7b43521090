import type { Migration } from '../migrate';

// FTS5 merges segments as it writes: by default once 4 of one level exist (automerge 4), so a
// bulk index rewrites each entry about log4 of the index's size times. Merging 8 at a time
// rewrites half as often: indexing the 10,000 real-size bench folder (5,214 MB) took 120-123 s
// against 133-139 s (`npm run bench -- scale`'s files, same machine, alternating), with the same
// database size (774 against 778 MB) and the same query times (p50/p95 13-20/47-55 ms both).
// 16 was slower again and its database 22% larger. Kept in doc_fts's config, like hashsize.
export const m013FtsAutomerge: Migration = {
  version: 13,
  name: 'fts-automerge',
  sql: `INSERT INTO doc_fts (doc_fts, rank) VALUES ('automerge', 8);`,
};
