// Every ranking pass split with the ranking thread (rank-thread.ts): the thread scores the
// higher document ids while this thread scores the lower ones, and the two lists are merged.
// The first pass starts before matching, so the thread works while this thread matches,
// counts and builds facets; later passes (a tie at the bound, a deeper page) split the same
// way. Where the thread cannot answer, this thread scores its range too.
import type { Db } from '../db/open';
import {
  bestDocuments,
  documentsUpTo,
  localSource,
  mergeBest,
  type DocRange,
  type DocumentSource,
} from './best-documents';
import { catalog } from './catalog';
import { rankThreadOf } from './rank-thread';

/**
 * The share of document ids this thread scores itself. Measured at 100,000 filings: "stock"
 * then takes ~28 ms on either side instead of ~37 ms on the ranking thread alone (each side
 * repeats FTS5's per-query set-up, so halves cost more than half).
 */
const OWN_SHARE = 0.35;

/** The documents of `match` (and `allowed`): split with the ranking thread when it is ready. */
export function rankingSource(db: Db, match: string, allowed: Uint8Array | null): DocumentSource {
  const thread = rankThreadOf(db);
  if (!thread?.ready) return localSource(db, match, allowed);
  const split = Math.floor(catalog(db).docFiling.length * OWN_SHARE);
  const mine: DocRange = [0, split];
  const theirs: DocRange = [split, Number.MAX_SAFE_INTEGER];
  return {
    best(k) {
      const other = thread.bestDocuments(match, allowed, k, theirs);
      return () => {
        const rows = bestDocuments(db, match, allowed, k, mine);
        return mergeBest(rows, other() ?? bestDocuments(db, match, allowed, k, theirs), k);
      };
    },
    upTo(bound) {
      const other = thread.documentsUpTo(match, allowed, bound, theirs);
      const rows = documentsUpTo(db, match, allowed, bound, mine);
      return mergeBest(rows, other() ?? documentsUpTo(db, match, allowed, bound, theirs), Infinity);
    },
  };
}
