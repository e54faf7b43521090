// The best k documents of a text query by bm25, kept by SQLite's sorter: no JavaScript call
// per matching document. A range of document ids limits a query to part of them (the search
// bench times FTS5's per-query set-up on one document that way).
import type { Db } from '../db/open';
import { stmt } from './statements';

/** bm25 with the head column (form, companies, document type and title) weighted above body text. */
export const BM25 = 'bm25(doc_fts, 10.0, 1.0)';

const ALLOWED = "AND substr(?, rowid + 1, 1) = x'01'";
const IN_RANGE = 'AND rowid >= ? AND rowid < ?';
const TOP = (filtered: boolean, ranged: boolean) =>
  `SELECT rowid, ${BM25} AS s FROM doc_fts WHERE doc_fts MATCH ? ${filtered ? ALLOWED : ''} ${ranged ? IN_RANGE : ''}
   ORDER BY s, rowid LIMIT ?`;
const UPTO = (filtered: boolean, ranged: boolean) =>
  `SELECT rowid, s FROM (SELECT rowid, ${BM25} AS s FROM doc_fts WHERE doc_fts MATCH ? ${filtered ? ALLOWED : ''} ${ranged ? IN_RANGE : ''})
   WHERE s <= ? ORDER BY s, rowid`;

/** Rows as [docId, bm25, docId, bm25, …], best first, ties by document id. */
export type ScoredDocs = Float64Array;

/** Document ids [from, to). */
export type DocRange = readonly [from: number, to: number];

function run(db: Db, sql: string, args: unknown[]): ScoredDocs {
  const rows = stmt<unknown[], [number, number]>(db, sql)
    .raw()
    .all(...args);
  const out = new Float64Array(rows.length * 2);
  rows.forEach(([doc, s], i) => {
    out[2 * i] = doc;
    out[2 * i + 1] = s;
  });
  return out;
}

/** The arguments before the statement's last one: the query, then `allowed` and `range` when given. */
function leading(match: string, allowed: Uint8Array | null, range: DocRange | null): unknown[] {
  const args: unknown[] = [match];
  if (allowed) args.push(allowed);
  if (range) args.push(...range);
  return args;
}

/**
 * The best `k` documents matching `match`; with `allowed` (one byte per document id, 1 when
 * allowed) only those, and bm25 is computed for no other; with `range` only those ids.
 */
export function bestDocuments(
  db: Db,
  match: string,
  allowed: Uint8Array | null,
  k: number,
  range: DocRange | null = null,
): ScoredDocs {
  return run(db, TOP(allowed !== null, range !== null), [...leading(match, allowed, range), k]);
}

/** Every document matching `match` (and `allowed`, and in `range`) whose bm25 is at most `bound`. */
export function documentsUpTo(
  db: Db,
  match: string,
  allowed: Uint8Array | null,
  bound: number,
  range: DocRange | null = null,
): ScoredDocs {
  return run(db, UPTO(allowed !== null, range !== null), [...leading(match, allowed, range), bound]);
}

/** Where the passes of one ranking get their documents (localSource: this connection). */
export interface DocumentSource {
  /** Starts fetching the best `k` documents; the function returned waits for them. */
  best(k: number): () => ScoredDocs;
  /** Every document scoring at most `bound`, best first. */
  upTo(bound: number): ScoredDocs;
}

export function localSource(db: Db, match: string, allowed: Uint8Array | null): DocumentSource {
  return {
    best: (k) => {
      const rows = bestDocuments(db, match, allowed, k);
      return () => rows;
    },
    upTo: (bound) => documentsUpTo(db, match, allowed, bound),
  };
}
