// Runs a plan: the set of matching filings, each with its best document. Computed once per
// request; totals, pages, facets and the timeline are all derived from it. Unranked FTS5 rows
// come back as one JSON array (json_group_array), which costs a fraction of returning one
// JavaScript row per matching document at 100,000 matches; ranked rows through search_collect.
import { SqliteError } from 'better-sqlite3';
import type { Db } from '../db/open';
import { BM25 } from './best-documents';
import { catalog, type Catalog } from './catalog';
import type { Plan } from './compile';
import { QuerySyntaxError } from './errors';
import { collecting, ensureSqlFunctions } from './sql-functions';
import { stmt } from './statements';
import { documentText } from './doc-text';
import { conjunctFinders, hitsEverySection, sectionRanges } from './sections';
import { evaluate } from './where-eval';
import { parseIdArray } from './id-array';
import { matchedDocs } from './saved-matches';

export { parseIdArray };

export interface MatchSet {
  catalog: Catalog;
  /** Matching filing ids (in no particular order). */
  ids: Int32Array;
  /** bm25 of the best document per filing id (lower is better), or null when not ranked. */
  score: Float64Array | null;
  /** The matching document per filing id: the best-scoring one when ranked, else the first (0 when none). */
  doc: Int32Array | null;
  /**
   * Every document FTS5 matched for the text, filters not applied (unranked text sets): the
   * section facet reads it instead of running the same FTS5 query again.
   */
  matchedDocs?: Int32Array;
  /**
   * FTS5 took long to find the text's documents (saved-matches.ts keeps them): ranking the
   * same expression will too, so its ranking is kept as well (saved-best.ts).
   */
  costly?: boolean;
}

// Ranked rows go to JavaScript through search_collect (no JSON text for 100,000 doubles). With
// filters, CASE skips bm25 for documents whose filing the filters exclude: a blob of one byte
// per document id (1 = allowed) is tested in SQL before the score is computed.
const RANKED = `SELECT count(*) FROM doc_fts WHERE doc_fts MATCH ? AND search_collect(rowid, ${BM25})`;
const RANKED_ALLOWED = `SELECT count(*) FROM doc_fts WHERE doc_fts MATCH ?
  AND CASE WHEN substr(?, rowid + 1, 1) = x'01' THEN search_collect(rowid, ${BM25}) ELSE 0 END`;
/** Up to this many documents, bm25 is computed per rowid (see documentScores). */
const FEW_DOCS = 24;

/** One byte per document id: 1 when the document's filing is allowed. */
function allowedDocs(cat: Catalog, allowed: Uint8Array): Buffer {
  const { docFiling } = cat;
  const out = Buffer.alloc(docFiling.length);
  for (let d = 0; d < docFiling.length; d++) {
    const fid = docFiling[d];
    if (fid !== 0 && fid < allowed.length && allowed[fid]) out[d] = 1;
  }
  return out;
}

// The last filters evaluated per database: a search asks for them twice (ranking's document
// filter, then the match set).
const lastFilters = new WeakMap<Db, { key: string; allowed: Uint8Array }>();

function allowedIds(db: Db, cat: Catalog, plan: Plan): Uint8Array | null {
  if (!plan.where.length) return null;
  const key = JSON.stringify([cat.generation, plan.where]);
  const last = lastFilters.get(db);
  if (last?.key === key) return last.allowed;
  const allowed = evaluate(db, cat, plan.where.length === 1 ? plan.where[0] : { type: 'and', children: plan.where });
  lastFilters.set(db, { key, allowed });
  return allowed;
}

/** One byte per document id, 1 when the plan's filters allow its filing; null without filters. */
export function filterDocs(db: Db, plan: Plan): Buffer | null {
  ensureSqlFunctions(db);
  const cat = catalog(db);
  const allowed = allowedIds(db, cat, plan);
  return allowed && allowedDocs(cat, allowed);
}

function textMatches(db: Db, cat: Catalog, match: string, allowed: Uint8Array | null, ranked: boolean): MatchSet {
  const size = cat.form.length;
  const doc = new Int32Array(size);
  const ids: number[] = [];
  const { docFiling } = cat;
  const filingOf = (docId: number) => {
    const fid = docId < docFiling.length ? docFiling[docId] : 0;
    return fid === 0 || fid >= size || (allowed && !allowed[fid]) ? 0 : fid; // 0: rows newer than the catalog
  };
  if (!ranked) {
    const { docs: docIds, costly } = matchedDocs(db, match);
    const found = new Int32Array(docIds.length);
    let n = 0;
    for (const docId of docIds) {
      const fid = filingOf(docId);
      if (fid !== 0 && doc[fid] === 0) {
        found[n++] = fid;
        doc[fid] = docId;
      }
    }
    return { catalog: cat, ids: found.slice(0, n), score: null, doc, matchedDocs: docIds, costly };
  }
  const score = new Float64Array(size);
  // Rows arrive in rowid order; the best document wins, the first one on a tie.
  const collect = (docId: number, s: number) => {
    const fid = filingOf(docId);
    if (fid === 0) return;
    if (doc[fid] === 0) {
      ids.push(fid);
      doc[fid] = docId;
      score[fid] = s;
    } else if (s < score[fid]) {
      doc[fid] = docId;
      score[fid] = s;
    }
  };
  collecting(collect, () => {
    if (allowed) stmt<[string, Buffer]>(db, RANKED_ALLOWED).raw().get(match, allowedDocs(cat, allowed));
    else stmt<[string]>(db, RANKED).raw().get(match);
  });
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

// Paging, re-sorting, facets and the timeline of one query reuse its match set. Few entries:
// the point is the same query asked again, not a cache of history.
const CACHE_SIZE = 4;
const cache = new WeakMap<Db, Map<string, MatchSet>>();

function cached(db: Db, cat: Catalog, plan: Plan, ranked: boolean) {
  const keyOf = (r: boolean) =>
    JSON.stringify([cat.generation, r, plan.nothing, plan.match, plan.where, plan.sections]);
  const key = keyOf(ranked);
  let byDb = cache.get(db);
  if (!byDb) cache.set(db, (byDb = new Map()));
  // A ranked set serves an unranked request too.
  return { key, byDb, hit: byDb.get(key) ?? (ranked ? undefined : byDb.get(keyOf(true))) };
}

/** The match set of a plan when it is cached (see matchPlan), without computing it. */
export function cachedMatch(db: Db, plan: Plan, ranked: boolean): MatchSet | undefined {
  ensureSqlFunctions(db);
  return cached(db, catalog(db), plan, ranked).hit;
}

/** The match set of a plan; `ranked` computes bm25 (only relevance order needs it for every match). */
export function matchPlan(db: Db, plan: Plan, ranked = true): MatchSet {
  ensureSqlFunctions(db);
  const cat = catalog(db);
  const { key, byDb, hit } = cached(db, cat, plan, ranked);
  if (hit) {
    byDb.delete(key);
    byDb.set(key, hit);
    return hit;
  }
  const fresh = compute(db, cat, plan, ranked);
  byDb.set(key, fresh);
  if (byDb.size > CACHE_SIZE) byDb.delete(byDb.keys().next().value as string);
  return fresh;
}

function compute(db: Db, cat: Catalog, plan: Plan, ranked: boolean): MatchSet {
  if (plan.nothing) return { catalog: cat, ids: new Int32Array(0), score: null, doc: null };
  return guard(() => {
    const allowed = allowedIds(db, cat, plan);
    if (plan.match && plan.sections.length) return sectionTextMatches(db, cat, plan, plan.match, allowed, ranked);
    if (plan.match) return textMatches(db, cat, plan.match, allowed, ranked);
    const ids = allowed ? cat.ids.filter((id) => allowed[id] === 1) : cat.ids;
    return { catalog: cat, ids, score: null, doc: null };
  });
}

/**
 * bm25 of some documents (a page or an export sorted by something other than relevance).
 * FTS5 answers `rowid IN (…)` by walking the term's whole doclist once per rowid, so past a
 * few documents one ranked pass over every match is far cheaper (an export of 100,000 rows
 * went from minutes to under a second).
 */
export function documentScores(db: Db, match: string, docIds: readonly number[]): Map<number, number> {
  if (!docIds.length) return new Map();
  if (docIds.length > FEW_DOCS) {
    ensureSqlFunctions(db);
    const wanted = new Set(docIds);
    const scores = new Map<number, number>();
    guard(() =>
      collecting(
        (docId, s) => void (wanted.has(docId) && scores.set(docId, s)),
        () => stmt<[string]>(db, RANKED).raw().get(match),
      ),
    );
    return scores;
  }
  const rows = guard(() =>
    stmt<[string, string], [number, number]>(
      db,
      `SELECT rowid, ${BM25} FROM doc_fts WHERE doc_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
    )
      .raw()
      .all(match, JSON.stringify(docIds)),
  );
  return new Map(rows);
}

/**
 * Text matches restricted to sections: FTS5 finds the documents with the text anywhere; only
 * those that have a matching section are read, and kept when every text conjunct hits inside
 * it. Exact, at the cost of inflating each candidate's text.
 */
function sectionTextMatches(
  db: Db,
  cat: Catalog,
  plan: Plan,
  match: string,
  allowed: Uint8Array | null,
  ranked: boolean,
): MatchSet {
  const size = cat.form.length;
  const ranges = sectionRanges(db, plan.sections);
  const finders = conjunctFinders(plan.textConjuncts);
  const { docFiling } = cat;
  const doc = new Int32Array(size);
  const kept: number[] = [];
  const ids: number[] = [];
  for (const docId of matchedDocs(db, match).docs) {
    const r = ranges.get(docId);
    if (!r) continue;
    const fid = docId < docFiling.length ? docFiling[docId] : 0;
    if (fid === 0 || fid >= size || (allowed && !allowed[fid])) continue;
    const text = documentText(db, docId);
    if (text == null || !hitsEverySection(finders, text, r)) continue;
    kept.push(docId);
    if (doc[fid] === 0) {
      doc[fid] = docId;
      ids.push(fid);
    }
  }
  if (!ranked) return { catalog: cat, ids: Int32Array.from(ids), score: null, doc };
  // The best kept document of each filing, by the same bm25 as every other ranking.
  const scores = documentScores(db, match, kept);
  const score = new Float64Array(size);
  doc.fill(0);
  for (const docId of kept) {
    const fid = docFiling[docId]!;
    const s = scores.get(docId) ?? 0;
    if (doc[fid] === 0 || s < score[fid]!) {
      doc[fid] = docId;
      score[fid] = s;
    }
  }
  return { catalog: cat, ids: Int32Array.from(ids), score, doc };
}
