// Reads a document's stored text (deflated UTF-8, see the Database section of the architecture).
import { inflateRawSync } from 'node:zlib';
import type { Db } from '../db/open';
import { stmt } from './statements';

export function documentText(db: Db, docId: number): string | null {
  const z = stmt<[number], Buffer>(db, 'SELECT z FROM doc_text WHERE doc_id = ?').pluck().get(docId);
  return z ? inflateRawSync(z).toString('utf8') : null;
}
