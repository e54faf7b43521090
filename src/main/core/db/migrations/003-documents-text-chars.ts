import type { Migration } from '../migrate';

// Finding a full submission's copy of a header-less primary document starts from documents
// of the same text length (see store/primary-documents.ts): this index makes that a seek.
export const m003DocumentsTextChars: Migration = {
  version: 3,
  name: 'documents-text-chars',
  sql: `CREATE INDEX documents_text_chars ON documents(text_chars);`,
};
