// Runs a plan: the set of matching filings, each with its best-scoring document. Computed
// once per request; totals, pages, facets and the timeline are all derived from it.
import { SqliteError } from 'better-sqlite3';
import type { Db } from '../db/open';
import { catalog, type Catalog } from './catalog';
import type { Plan } from './compile';
import { QuerySyntaxError } from './errors';
import { ensureSqlFunctions } from './sql-functions';
import { stmt } from './statements';

export interface MatchSet {
  catalog: Catalog;
  /** Matching filing ids (in no particular order). */
  ids: Int32Array;
  /** bm25 of the best document per filing id (lower is better), or null without a text part. */
  score: Float64Array | null;
  /** The best document per filing id (0 when none). */
  doc: Int32Array | null;
}

/** bm25 with the head column (form, companies, document type and title) weighted above body text. */
export const BM25 = 'bm25(doc_fts, 10.0, 1.0)';

function allowedIds(db: Db, plan: Plan, size: number): Uint8Array | null {
  if (!plan.where) return null;
  const allowed = new Uint8Array(size);
  const ids = stmt<unknown[], number>(db, `SELECT f.id FROM filings f WHERE ${plan.where.sql}`)
    .pluck()
    .all(...plan.where.params);
  for (const id of ids) if (id < size) allowed[id] = 1;
  return allowed;
}

function textMatches(db: Db, cat: Catalog, match: string, allowed: Uint8Array | null): MatchSet {
  const size = cat.form.length;
  const score = new Float64Array(size);
  const doc = new Int32Array(size);
  const ids: number[] = [];
  const rows = stmt<[string], [number, number]>(db, `SELECT rowid, ${BM25} FROM doc_fts WHERE doc_fts MATCH ?`)
    .raw()
    .all(match);
  const { docFiling } = cat;
  for (const [docId, rank] of rows) {
    const fid = docId < docFiling.length ? docFiling[docId] : 0;
    if (fid === 0 || fid >= size || (allowed && !allowed[fid])) continue; // rows newer than the catalog
    if (doc[fid] === 0) {
      ids.push(fid);
      doc[fid] = docId;
      score[fid] = rank;
    } else if (rank < score[fid]) {
      doc[fid] = docId;
      score[fid] = rank;
    }
  }
  return { catalog: cat, ids: Int32Array.from(ids), score, doc };
}

/** SQLite errors from FTS5 become query errors: the contract is that a query never fails otherwise. */
function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof SqliteError && /fts5|MATCH/i.test(err.message)) {
      throw new QuerySyntaxError(`The search engine could not run this query: ${err.message}`, 0);
    }
    throw err;
  }
}

export function matchPlan(db: Db, plan: Plan): MatchSet {
  ensureSqlFunctions(db);
  const cat = catalog(db);
  if (plan.nothing) return { catalog: cat, ids: new Int32Array(0), score: null, doc: null };
  return guard(() => {
    const allowed = allowedIds(db, plan, cat.form.length);
    if (plan.match) return textMatches(db, cat, plan.match, allowed);
    const ids = allowed ? cat.ids.filter((id) => allowed[id] === 1) : cat.ids;
    return { catalog: cat, ids, score: null, doc: null };
  });
}
