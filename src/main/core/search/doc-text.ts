// Reads a document's stored text (deflated UTF-8, see the Database section of the architecture).
import { constants, inflateRawSync } from 'node:zlib';
import type { Db } from '../db/open';
import { stmt } from './statements';

const storedText = (db: Db, docId: number) =>
  stmt<[number], Buffer>(db, 'SELECT z FROM doc_text WHERE doc_id = ?').pluck().get(docId);

export function documentText(db: Db, docId: number): string | null {
  const z = storedText(db, docId);
  return z ? inflateRawSync(z).toString('utf8') : null;
}

/**
 * The first `chars` characters of a document's text at least (all of it when shorter; then
 * `complete`), inflating only as much of the stored text as that takes: the first part of a
 * 50 MB text is read without inflating and decoding the rest. Deflate streams decode from
 * their start, so a prefix of the compressed bytes (flushed, not finished) gives a prefix of
 * the text; its last, cut character is held back by the streaming decoder.
 */
export function documentTextPrefix(db: Db, docId: number, chars: number): { text: string; complete: boolean } | null {
  const z = storedText(db, docId);
  if (!z) return null;
  // Doubling from a small prefix: repetitive text deflates 100:1 or more, so a larger first
  // guess could inflate most of the document; the retries cost at most the last inflate again.
  for (let take = 16 * 1024; ; take *= 2) {
    if (take >= z.length) return { text: inflateRawSync(z).toString('utf8'), complete: true };
    const part = inflateRawSync(z.subarray(0, take), { finishFlush: constants.Z_SYNC_FLUSH });
    const text = new TextDecoder('utf-8').decode(part, { stream: true });
    if (text.length >= chars) return { text, complete: false };
  }
}
