import type { Migration } from '../migrate';

// The section index (issue 15): where each Item of a 10-K, 10-Q, 8-K or 20-F starts and ends
// in its document's stored text, so `section:7` can restrict text matches to those offsets.
// Filings indexed before this migration have no rows until their files are indexed again.
export const m006Sections: Migration = {
  version: 6,
  name: 'sections',
  sql: `
    CREATE TABLE sections (
      doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      filing_id INTEGER NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
      code TEXT NOT NULL,
      title TEXT NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      confidence REAL NOT NULL
    );
    CREATE INDEX sections_doc ON sections(doc_id);
    CREATE INDEX sections_filing ON sections(filing_id);
    CREATE INDEX sections_code ON sections(code);
  `,
};
