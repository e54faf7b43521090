// The best filings of a text query by bm25, without handing every match to JavaScript.
// A first page needs 50 filings, yet ranking "stock" at 100,000 filings scored ~90,000
// documents and called back into JavaScript for each. Here SQLite keeps the best k documents
// itself (best-documents.ts); every document scoring strictly better than the k-th is among
// them, so the filings those documents belong to are exactly the head of the full relevance
// order. Ties at the k-th score are fetched whole, never guessed.
import type { DocumentSource, ScoredDocs } from './best-documents';
import type { MatchSet } from './match';
import { comparator } from './order';

/** The head of the relevance order: every filing whose best document scores below some bound. */
export interface RankedHead {
  /** The filings (unordered). */
  ids: Int32Array;
  /** bm25 of each filing's best document (a few hundred entries, not one per filing: less garbage). */
  score: Map<number, number>;
  /** Each filing's best document (the lowest document id on a tie). */
  doc: Map<number, number>;
  /** True when every matching filing is in the head. */
  complete: boolean;
}

/**
 * Documents fetched first, at least. SQLite's sorter keeps k rows in a b-tree: at 10,000
 * filings keeping 1,000 cost ~1.3 ms more than 100; 200 leaves room for copies of one
 * boilerplate document (identical scores), and larger tie groups are fetched whole anyway.
 */
export const FIRST_K = 200;

/** The documents to fetch first for a page ending at `need`: about one per filing, with room. */
export const firstFetch = (need: number, firstK = FIRST_K) => Math.max(firstK, need * 4);

/** A first fetch scaled past firstFetch stops here: saved-best.ts keeps this many documents per expression, and a larger fetch would pass it by. */
const MAX_SCALED_FETCH = 4096;

/**
 * The first fetch for `m`: firstFetch times the matching documents per matching filing. A
 * phrase found in every exhibit of fund filings ("investment company act": 7,366 documents in
 * a few hundred filings) fills 200 documents with fewer than 50 filings, and each fetch
 * after the first costs the whole ranking again (reading positions), while a larger k costs
 * only the sorter's rows.
 */
export function scaledFetch(m: MatchSet, need: number): number {
  const first = firstFetch(need);
  const { matchedDocs, doc } = m;
  if (!matchedDocs || !doc || !m.ids.length) return first;
  // The documents of the set's filings only: filters leave the other matches out.
  const { docFiling } = m.catalog;
  let docs = 0;
  for (const d of matchedDocs) {
    const fid = d < docFiling.length ? docFiling[d]! : 0;
    if (fid !== 0 && fid < doc.length && doc[fid] !== 0) docs++;
  }
  if (docs <= m.ids.length) return first;
  return Math.max(first, Math.min(MAX_SCALED_FETCH, first * Math.ceil(docs / m.ids.length)));
}

export interface HeadOptions {
  /** Documents fetched first (tests make it small to exercise growth and ties). */
  firstK?: number;
}

/**
 * The filings of `m` (an unranked text match set) that rank first by relevance: at least
 * `need` of them unless fewer match. `source` scores the documents of the same query and
 * filters. Ordering them with the relevance comparator gives the same head as ranking every
 * match.
 */
export function rankHead(m: MatchSet, source: DocumentSource, need: number, opts: HeadOptions = {}): RankedHead {
  const { docFiling } = m.catalog;
  // A text match set names a document for each of its filings, and only for them.
  const matched = m.doc ?? new Int32Array(0);
  const inSet = (fid: number) => fid > 0 && fid < matched.length && matched[fid] !== 0;
  const filingOf = (docId: number) => {
    const fid = docId < docFiling.length ? docFiling[docId] : 0;
    return inSet(fid) ? fid : 0; // 0: rows newer than the catalog
  };
  let score = new Map<number, number>();
  let doc = new Map<number, number>();
  // Documents arrive best first (ties by id), so a filing's first document is its best.
  const collect = (rows: ScoredDocs, below: number) => {
    score = new Map();
    doc = new Map();
    for (let i = 0; i < rows.length; i += 2) {
      const s = rows[i + 1];
      if (!(s < below)) break;
      const fid = filingOf(rows[i]);
      if (fid === 0 || score.has(fid)) continue;
      score.set(fid, s);
      doc.set(fid, rows[i]);
    }
    return Int32Array.from(score.keys());
  };
  for (let k = opts.firstK ? firstFetch(need, opts.firstK) : scaledFetch(m, need); ; k *= 4) {
    const rows = source.best(k)();
    if (rows.length < 2 * k) return { ids: collect(rows, Infinity), score, doc, complete: true };
    const bound = rows[rows.length - 1];
    let ids = collect(rows, bound);
    // Ties at the bound: fetch every document scoring up to it.
    if (ids.length < need) ids = collect(source.upTo(bound), Infinity);
    if (ids.length >= need || ids.length === m.ids.length) {
      return { ids, score, doc, complete: ids.length === m.ids.length };
    }
  }
}

/** Best first, ties as in the full ranking (comparator): the page [offset, offset + limit). */
export function headPage(m: MatchSet, head: RankedHead, offset: number, limit: number): number[] {
  const { score } = head;
  const cmp = comparator(m, 'relevance', 'desc', (id) => score.get(id) as number);
  return Array.from(head.ids)
    .sort(cmp)
    .slice(offset, offset + limit);
}

const heads = new WeakMap<MatchSet, RankedHead>();

/** True when `m` keeps a head that holds the first `need` filings. */
export function hasHead(m: MatchSet, need: number): boolean {
  const head = heads.get(m);
  return !!head && (head.complete || head.ids.length >= need);
}

/**
 * The best-first page [offset, offset + limit) of a text query's unranked match set, with
 * the head it came from (kept with the match set, so the next page reuses it). `source` is
 * called only when the head must be ranked.
 */
export function relevancePage(
  m: MatchSet,
  source: () => DocumentSource,
  offset: number,
  limit: number,
): { ids: number[]; head: RankedHead } {
  const need = Math.min(offset + limit, m.ids.length);
  let head = heads.get(m);
  if (!head || !hasHead(m, need)) {
    head = rankHead(m, source(), need);
    heads.set(m, head);
  }
  return { ids: headPage(m, head, offset, limit), head };
}
