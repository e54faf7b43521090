import type { Migration } from '../migrate';

// The rank with which each file competes to build its filing (issue 12, kill -9 phase 2):
// 3 full submission, 2 .nc, 1 lone document, 0 a document held inside another file's
// submission (never a candidate), NULL not known (an error, or a row from before this
// migration). With it, "a file of the filing outranks its source" is a question the database
// answers alone, so a run killed between a filing's change and the re-parse of its better
// copy is repaired by the next run. Backfilled for the files holding their filing's source
// bytes; the other linked files of an older database are parsed once by the next run.
export const m007FileSourceRank: Migration = {
  version: 7,
  name: 'file_source_rank',
  sql: `
    ALTER TABLE files ADD COLUMN source_rank INTEGER;
    UPDATE files SET source_rank = (
      SELECT CASE g.format WHEN 'sgml' THEN 3 WHEN 'nc' THEN 2 ELSE 1 END
      FROM filings g JOIN files s ON s.id = g.source_file_id AND s.filing_id = g.id
      WHERE g.id = files.filing_id AND s.hash = files.hash)
    WHERE status = 'indexed' AND filing_id IS NOT NULL;
  `,
};
