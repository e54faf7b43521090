// The best filings of a text query by bm25, without handing every match to JavaScript.
// A first page needs 50 filings, yet ranking "stock" at 100,000 filings scored ~90,000
// documents and called back into JavaScript for each. Here SQLite keeps the best k documents
// itself (ORDER BY score LIMIT k); every document scoring strictly better than the k-th is
// among them, so the filings those documents belong to are exactly the head of the full
// relevance order. Ties at the k-th score are fetched whole, never guessed.
import type { Db } from '../db/open';
import { BM25, type MatchSet } from './match';
import { comparator } from './order';
import { stmt } from './statements';

/** The head of the relevance order: filings whose best document scores at most `bound`. */
export interface RankedHead {
  /** The filings (unordered); exactly those of the match set whose bm25 is <= bound. */
  ids: Int32Array;
  /** bm25 of each filing's best document, indexed by filing id (0 elsewhere). */
  score: Float64Array;
  /** Each filing's best document (the lowest document id on a tie); the match set's elsewhere. */
  doc: Int32Array;
  /** True when every matching filing is in the head. */
  complete: boolean;
}

const TOP = (filtered: boolean) =>
  `SELECT rowid, ${BM25} AS s FROM doc_fts WHERE doc_fts MATCH ?
   ${filtered ? "AND substr(?, rowid + 1, 1) = x'01'" : ''} ORDER BY s, rowid LIMIT ?`;
const UPTO = (filtered: boolean) =>
  `SELECT rowid, s FROM (SELECT rowid, ${BM25} AS s FROM doc_fts WHERE doc_fts MATCH ?
   ${filtered ? "AND substr(?, rowid + 1, 1) = x'01'" : ''}) WHERE s <= ? ORDER BY s, rowid`;

/**
 * Documents fetched first. Keeping 1,000 best in SQLite's sorter costs no more than 64, and
 * copies of one boilerplate document (identical scores) often fill the first few hundred.
 */
const FIRST_K = 1000;

/** One byte per document id: 1 when the document's filing is in the match set. */
function docsOf(m: MatchSet): Buffer {
  const { docFiling } = m.catalog;
  const inSet = new Uint8Array(m.catalog.exists.length);
  for (const id of m.ids) inSet[id] = 1;
  const out = Buffer.alloc(docFiling.length);
  for (let d = 0; d < docFiling.length; d++) if (inSet[docFiling[d]]) out[d] = 1;
  return out;
}

/**
 * The filings of `m` (the unranked match set of `match` plus the plan's filters; `filtered`
 * when there were any) that rank first by relevance: at least `need` of them unless fewer
 * match. Ordering them with the relevance comparator gives the same head as ranking every
 * match.
 */
export function rankHead(
  db: Db,
  m: MatchSet,
  match: string,
  filtered: boolean,
  need: number,
  firstK = FIRST_K,
): RankedHead {
  const { docFiling } = m.catalog;
  const size = m.catalog.exists.length;
  const inSet = new Uint8Array(size);
  for (const id of m.ids) inSet[id] = 1;
  const allowed = filtered ? docsOf(m) : null;
  const args = (...rest: unknown[]) => (allowed ? [match, allowed, ...rest] : [match, ...rest]);
  const filingOf = (docId: number) => {
    const fid = docId < docFiling.length ? docFiling[docId] : 0;
    return fid !== 0 && fid < size && inSet[fid] ? fid : 0; // 0: rows newer than the catalog
  };
  const score = new Float64Array(size);
  const doc = m.doc ? Int32Array.from(m.doc) : new Int32Array(size);
  // Documents arrive best first (ties by id), so a filing's first document is its best.
  const collect = (rows: [number, number][], below: number) => {
    const ids: number[] = [];
    const seen = new Uint8Array(size);
    for (const [docId, s] of rows) {
      if (!(s < below)) break;
      const fid = filingOf(docId);
      if (fid === 0 || seen[fid]) continue;
      seen[fid] = 1;
      ids.push(fid);
      score[fid] = s;
      doc[fid] = docId;
    }
    return Int32Array.from(ids);
  };
  // About one document per filing; room for the odd filing with several matching documents.
  for (let k = Math.max(firstK, need * 2); ; k *= 4) {
    const rows = stmt<unknown[], [number, number]>(db, TOP(filtered))
      .raw()
      .all(...args(k));
    if (rows.length < k) return { ids: collect(rows, Infinity), score, doc, complete: true };
    const bound = rows[k - 1][1];
    let ids = collect(rows, bound);
    if (ids.length < need) {
      // Ties at the bound: fetch every document scoring up to it.
      const upto = stmt<unknown[], [number, number]>(db, UPTO(filtered))
        .raw()
        .all(...args(bound));
      ids = collect(upto, Number.POSITIVE_INFINITY);
    }
    if (ids.length >= need || ids.length === m.ids.length) {
      return { ids, score, doc, complete: ids.length === m.ids.length };
    }
  }
}

const heads = new WeakMap<MatchSet, RankedHead>();

/**
 * The best-first page [offset, offset + limit) of a text query's unranked match set, with
 * the head it came from (kept with the match set, so the next page reuses it).
 */
export function relevancePage(
  db: Db,
  m: MatchSet,
  match: string,
  filtered: boolean,
  offset: number,
  limit: number,
): { ids: number[]; head: RankedHead } {
  const need = Math.min(offset + limit, m.ids.length);
  let head = heads.get(m);
  if (!head || (!head.complete && head.ids.length < need)) {
    head = rankHead(db, m, match, filtered, need);
    heads.set(m, head);
  }
  return { ids: headPage(m, head, offset, limit), head };
}

/** Best first, ties as in the full ranking (comparator): the page [offset, offset + limit). */
export function headPage(m: MatchSet, head: RankedHead, offset: number, limit: number): number[] {
  const cmp = comparator({ ...m, score: head.score }, 'relevance', 'desc');
  return Array.from(head.ids)
    .sort(cmp)
    .slice(offset, offset + limit);
}
