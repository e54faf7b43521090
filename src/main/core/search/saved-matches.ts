// The documents an expensive text expression matches, kept once found. A phrase of common
// words ("investment company act", "common stock") makes FTS5 read and compare the positions
// of every document holding all its words: 60-120 ms at 100,000 real-size filings before a
// single row is ranked, paid again by every request that is not the same as one of the last
// few (match.ts keeps 4 in memory). They only change when the archive does: when FTS5 took at
// least `afterMs` to find an expression's documents, they go in search_matched (migration
// 012, emptied by the same triggers as the saved catalog), and every later match set of that
// expression, with any filters, is read from there until a write empties the table. The time,
// not the words, says what is expensive: the same phrase costs 1 ms in a small archive.
// Exact: the kept list is FTS5's own answer for the expression, in its order.
import type { Db } from '../db/open';
import type { PackedPart } from './catalog-codec';
import { generationOf, loadPart, saveParts } from './catalog-store';
import { parseIdArray } from './id-array';
import { stmt } from './statements';

export const SAVED_MATCHES = {
  /** An expression's documents are kept when FTS5 took at least this long to find them. */
  afterMs: 20,
  /** Expressions kept; when full, the table is emptied and fills again. */
  maxQueries: 256,
};

const TABLE = 'search_matched';

/**
 * Document ids as the smaller of two layouts: the ids themselves (4 bytes each), or one bit
 * per document id when they ascend (a common word matches most documents).
 */
export function packDocs(docs: Int32Array): PackedPart {
  let ascending = true;
  for (let i = 1; i < docs.length && ascending; i++) ascending = docs[i - 1]! < docs[i]!;
  const max = docs.length ? docs[docs.length - 1]! : 0;
  const words = (max >> 5) + 1;
  if (!ascending || docs[0]! < 0 || words >= docs.length) return { strings: {}, arrays: { docs } };
  const bits = new Int32Array(words);
  for (const d of docs) bits[d >> 5]! |= 1 << (d & 31);
  return { strings: { count: [String(docs.length)] }, arrays: { bits } };
}

/** The ids packDocs packed, in the same order; null for a part it did not write. */
export function unpackDocs(p: PackedPart | null): Int32Array | null {
  if (p?.arrays.docs) return p.arrays.docs;
  const bits = p?.arrays.bits;
  const count = Number(p?.strings.count?.[0]);
  if (!bits || !Number.isInteger(count)) return null;
  const docs = new Int32Array(count);
  let n = 0;
  for (let w = 0; w < bits.length; w++) {
    for (let word = bits[w]!; word !== 0; word &= word - 1) {
      if (n === count) return null;
      docs[n++] = (w << 5) + (31 - Math.clz32(word & -word));
    }
  }
  return n === count ? docs : null;
}

/** The kept documents of `match`, or null. */
export function loadMatched(db: Db, match: string): Int32Array | null {
  return unpackDocs(loadPart(db, match, TABLE));
}

export interface FoundDocs {
  docs: Int32Array;
  /** FTS5 took afterMs or more to find them (now, or when they were kept): ranking will cost as much. */
  costly: boolean;
}

// One JSON array, not a JavaScript row per document (id-array.ts).
const MATCHING = 'SELECT json_group_array(rowid) FROM doc_fts WHERE doc_fts MATCH ?';

/**
 * Every document FTS5 matches for `match`, in its order: the kept ones, else FTS5's, kept when
 * finding them took afterMs. Every search step that needs them asks here (match sets,
 * `section:` candidates, `-word` exclusions, the section facet of a ranked set).
 */
export function matchedDocs(db: Db, match: string): FoundDocs {
  const kept = loadMatched(db, match);
  if (kept) return { docs: kept, costly: true };
  const generation = generationOf(db);
  const t0 = performance.now();
  const docs = parseIdArray(stmt<[string], string>(db, MATCHING).pluck().get(match) as string);
  const costly = performance.now() - t0 >= SAVED_MATCHES.afterMs;
  if (costly) saveParts(db, generation, [[match, packDocs(docs)]], TABLE, SAVED_MATCHES.maxQueries);
  return { docs, costly };
}
