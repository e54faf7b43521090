// Where a text query's time goes: each step of search() timed alone on one thread. Their sum is the work a request must do whatever its split across cores,
// so half of it is a floor for the two cores this machine (and CI) has.
import type { Db } from '../src/main/core/db/open';
import { bestDocuments, localSource } from '../src/main/core/search/best-documents';
import { planQuery } from '../src/main/core/search/compile';
import { facetCounts } from '../src/main/core/search/facets';
import { HitFinder } from '../src/main/core/search/hits';
import { matchPlan } from '../src/main/core/search/match';
import { FIRST_K, relevancePage } from '../src/main/core/search/rank-top';
import { loadResults } from '../src/main/core/search/results';

export interface Breakdown {
  /** Matching filings (the unranked match set). */
  matchMs: number;
  facetsMs: number;
  /** The best-first head for the top 50 (exact bm25 of every matching document). */
  rankMs: number;
  /** One ranked statement scoring a single document: FTS5's set-up, paid again by every split. */
  rankSetupMs: number;
  /** The page's rows (metadata, companies, items, paths). */
  pageMs: number;
  /** The page's snippets (read and inflate the texts, find the hits). */
  snippetsMs: number;
  /** The sum of the steps' medians. */
  workMs: number;
  /** workMs / 2: no split over two cores can do better. */
  twoCoreFloorMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Medians over `runs` passes of `queries`. Several queries in turn, so the match-set cache (a
 * few entries) never answers: each pass computes every step.
 */
export function breakdown(db: Db, queries: readonly string[], runs: number): Breakdown {
  const times: Record<string, number[]> = {};
  const time = <T>(step: string, f: () => T): T => {
    const t0 = performance.now();
    const out = f();
    (times[step] ??= []).push(performance.now() - t0);
    return out;
  };
  for (let run = 0; run < runs; run++) {
    for (const query of queries) {
      const plan = planQuery(query);
      const match = plan.match;
      if (!match) throw new Error(`"${query}" has no text part`);
      const m = time('match', () => matchPlan(db, plan, false));
      time('facets', () => facetCounts(m));
      const { ids, head } = time('rank', () => relevancePage(m, () => localSource(db, match, null), 0, 50));
      // One matching document: FTS5 loads the doclists and counts each phrase's documents
      // (bm25's idf) as for all of them, then scores just one.
      const one = m.doc![m.ids[0]];
      time('rankSetup', () => bestDocuments(db, match, null, FIRST_K, [one, one + 1]));
      const opts = { doc: (fid: number) => head.doc.get(fid), bm25: (fid: number) => head.score.get(fid) ?? null };
      time('page', () => loadResults(db, ids, opts));
      time('withSnippets', () => loadResults(db, ids, { ...opts, finder: new HitFinder(plan.highlight) }));
    }
  }
  const [matchMs, facetsMs, rankMs, rankSetupMs, pageMs, withSnippets] = [
    'match',
    'facets',
    'rank',
    'rankSetup',
    'page',
    'withSnippets',
  ].map((step) => median(times[step]));
  const workMs = matchMs + facetsMs + rankMs + withSnippets;
  return {
    matchMs: round(matchMs),
    facetsMs: round(facetsMs),
    rankMs: round(rankMs),
    rankSetupMs: round(rankSetupMs),
    pageMs: round(pageMs),
    snippetsMs: round(withSnippets - pageMs),
    workMs: round(workMs),
    twoCoreFloorMs: round(workMs / 2),
  };
}
