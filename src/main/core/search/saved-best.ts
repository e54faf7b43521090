// The best documents of a common text query, kept once ranked. Ranking "stock" scores every
// one of its matches with bm25 (65,615 documents at 100,000 filings, ~1 µs each inside FTS5),
// and no bound can spare that work (`npm run bench -- bounds`: every block of documents holds
// one scoring near the best). But the scores only change when the archive does: the first
// ranking of a query that matches many documents keeps its best KEPT documents with FTS5's own
// scores (search_ranked, migration 011, emptied by triggers on any write, like the catalog),
// and every later ranking of the same expression, with any filters, reads them instead,
// until a write empties the table. A filtered ranking keeps them too when its filters leave at
// least half of the matches (and fromDocs): ranking every match then costs at most twice the
// ranking it replaces, once, and half the kept documents are allowed on average, far more than
// a first page needs. A narrower filter ranks in FTS5 without keeping (its ranking is cheap).
// An expression whose matches were costly to find (saved-matches.ts: a phrase of common words)
// is kept whatever its count: its ranking reads the same positions twice more (bm25's idf
// counts the phrase's documents, then each match is scored), under any filter.
// Exact: the list holds every document scoring strictly better than `below`, in FTS5's order
// (score, then id), and every other document scores `below` or worse. So the first k allowed
// documents of the list are the first k of the full ranking whenever the list has k of them;
// otherwise (a narrow filter, ties at the cut) the ranking runs in FTS5 as before.
import type { Db } from '../db/open';
import { bestDocuments, localSource, type DocumentSource, type ScoredDocs } from './best-documents';
import type { PackedPart } from './catalog-codec';
import { generationOf, loadPart, saveParts } from './catalog-store';

export const SAVED_BEST = {
  /** A query's documents are kept when it matches at least this many (~16 ms of bm25). */
  fromDocs: 16_384,
  /** Documents kept per query: 4,096 x 12 bytes. A first page fetches 200 (rank-top.ts). */
  kept: 4096,
  /** Queries kept; when full, the table is emptied and fills again. */
  maxQueries: 256,
};

/** The documents kept for one FTS5 expression: ids and scores best first; every other scores >= below. */
export interface KeptDocs {
  docs: Int32Array;
  scores: Float64Array;
  /** Infinity when every matching document is kept. */
  below: number;
}

const TABLE = 'search_ranked';

/** Kept documents from FTS5's best rows (ScoredDocs) of a fetch of `fetched`. */
export function keptFrom(rows: ScoredDocs, fetched: number): KeptDocs {
  const n = rows.length / 2;
  // Fewer rows than asked: every match is here. Else the last score may be shared by
  // documents left out: keep only those strictly better.
  const below = n < fetched ? Infinity : rows[rows.length - 1]!;
  let m = 0;
  while (m < n && rows[2 * m + 1]! < below) m++;
  const docs = new Int32Array(m);
  const scores = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    docs[i] = rows[2 * i]!;
    scores[i] = rows[2 * i + 1]!;
  }
  return { docs, scores, below };
}

function pack(kept: KeptDocs): PackedPart {
  return {
    strings: { below: [String(kept.below)] },
    arrays: {
      docs: kept.docs,
      scores: new Int32Array(kept.scores.buffer, kept.scores.byteOffset, kept.scores.length * 2),
    },
  };
}

function unpack(p: PackedPart | null): KeptDocs | null {
  const docs = p?.arrays.docs;
  const raw = p?.arrays.scores;
  const below = Number(p?.strings.below?.[0]);
  if (!docs || !raw || raw.length !== docs.length * 2 || Number.isNaN(below)) return null;
  // A copy: the unpacked array may not sit on an 8-byte boundary.
  const scores = new Float64Array(docs.length);
  new Int32Array(scores.buffer).set(raw);
  return { docs, scores, below };
}

/** The kept documents of `match`, or null. */
export function loadKept(db: Db, match: string): KeptDocs | null {
  return unpack(loadPart(db, match, TABLE));
}

const allows = (allowed: Uint8Array | null, doc: number) => !allowed || (doc < allowed.length && allowed[doc] === 1);

/** The first k allowed kept documents as ScoredDocs, or null when the list cannot tell them. */
function firstK(kept: KeptDocs, allowed: Uint8Array | null, k: number): ScoredDocs | null {
  const out: number[] = [];
  for (let i = 0; i < kept.docs.length && out.length < 2 * k; i++) {
    const d = kept.docs[i]!;
    if (allows(allowed, d)) out.push(d, kept.scores[i]!);
  }
  return out.length === 2 * k || kept.below === Infinity ? Float64Array.from(out) : null;
}

/** Every allowed kept document scoring at most `bound`, or null when some may be missing. */
function upTo(kept: KeptDocs, allowed: Uint8Array | null, bound: number): ScoredDocs | null {
  if (kept.below !== Infinity && !(bound < kept.below)) return null;
  const out: number[] = [];
  for (let i = 0; i < kept.docs.length && kept.scores[i]! <= bound; i++) {
    const d = kept.docs[i]!;
    if (allows(allowed, d)) out.push(d, kept.scores[i]!);
  }
  return Float64Array.from(out);
}

export interface SavedSource extends DocumentSource {
  /** Answers given from kept documents (the rest went to FTS5). */
  served: number;
}

/**
 * Whether ranking `matchedDocs` under `allowed` should keep the best documents (see above).
 * A costly expression (saved-matches.ts) is kept whatever its matches: reading positions, not
 * scoring documents, is what its ranking spends, and it spends as much under any filter.
 */
function worthKeeping(allowed: Uint8Array | null, matchedDocs: ArrayLike<number>, costly: boolean): boolean {
  if (costly) return true;
  if (matchedDocs.length < SAVED_BEST.fromDocs) return false;
  if (!allowed) return true;
  let n = 0;
  for (let i = 0; i < matchedDocs.length; i++) if (allows(allowed, matchedDocs[i]!)) n++;
  return n >= SAVED_BEST.fromDocs && 2 * n >= matchedDocs.length;
}

/**
 * A DocumentSource for `match` that reads the kept documents when there are some, and keeps
 * them when a ranking of the query's `matchedDocs` (every document its text matches) is worth
 * it (worthKeeping); otherwise FTS5 (localSource).
 */
export function savedSource(
  db: Db,
  match: string,
  allowed: Uint8Array | null,
  matchedDocs: ArrayLike<number>,
  /** Finding the matches was costly (MatchSet.costly). */
  costly = false,
): SavedSource {
  const local = localSource(db, match, allowed);
  let kept: KeptDocs | null | undefined;
  const current = () => (kept === undefined ? (kept = loadKept(db, match)) : kept);
  const served = <T>(rows: T): T => {
    source.served++;
    return rows;
  };
  const source: SavedSource = {
    served: 0,
    best: (k) => {
      if (!current() && k <= SAVED_BEST.kept && worthKeeping(allowed, matchedDocs, costly)) {
        const generation = generationOf(db);
        kept = keptFrom(bestDocuments(db, match, null, SAVED_BEST.kept), SAVED_BEST.kept);
        saveParts(db, generation, [[match, pack(kept)]], TABLE, SAVED_BEST.maxQueries);
      }
      const rows = kept ? firstK(kept, allowed, k) : null;
      return rows ? served(() => rows) : local.best(k);
    },
    upTo: (bound) => {
      const k = current();
      const rows = k && upTo(k, allowed, bound);
      return rows ? served(rows) : local.upTo(bound);
    },
  };
  return source;
}
