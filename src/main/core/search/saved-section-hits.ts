// The section facet's reading, kept. Counting it inflates every matching document that has
// sections and finds the query's hits in them (section-facet.ts): ~1 s for a phrase found in
// a few hundred 10-Ks at 100,000 real-size filings, paid again for every other filter. What
// it finds per document (the codes of the sections holding a hit) only changes when the
// archive does: when reading took at least SAVED_MATCHES.afterMs, the codes of each document
// read go in search_section_hits (migration 012, emptied by the same triggers as the saved
// catalog), under the query's text, hit terms and section filters; a later count reads the
// documents it holds and reads only those it lacks (another filter's filings), then keeps
// the union. Exact: the codes are the ones the count itself found; filters apply after.
import type { Db } from '../db/open';
import { generationOf, loadPart, saveParts } from './catalog-store';
import type { Plan } from './compile';
import { SAVED_MATCHES } from './saved-matches';

const TABLE = 'search_section_hits';

/** Per document read, the codes of its sections with a hit (none: read, no hit). */
export type DocCodes = Map<number, string[]>;

/** What decides a document's codes: the text, the terms hits are found for, the section filters. */
export const sectionHitsKey = (plan: Plan) => JSON.stringify([plan.match, plan.highlight, plan.sections]);

export function loadSectionHits(db: Db, key: string): DocCodes | null {
  const p = loadPart(db, key, TABLE);
  const codes = p?.strings.codes;
  const docs = p?.arrays.docs;
  const starts = p?.arrays.starts;
  const which = p?.arrays.which;
  if (!codes || !docs || !starts || !which || starts.length !== docs.length + 1) return null;
  const out: DocCodes = new Map();
  for (let i = 0; i < docs.length; i++) {
    const list: string[] = [];
    for (let j = starts[i]!; j < starts[i + 1]!; j++) {
      const code = codes[which[j]!];
      if (code === undefined) return null;
      list.push(code);
    }
    out.set(docs[i]!, list);
  }
  return out;
}

function pack(hits: DocCodes) {
  const codes: string[] = [];
  const index = new Map<string, number>();
  const docs = Int32Array.from(hits.keys());
  const starts = new Int32Array(docs.length + 1);
  const which: number[] = [];
  docs.forEach((d, i) => {
    for (const code of hits.get(d)!) {
      let k = index.get(code);
      if (k === undefined) index.set(code, (k = codes.push(code) - 1));
      which.push(k);
    }
    starts[i + 1] = which.length;
  });
  return { strings: { codes }, arrays: { docs, starts, which: Int32Array.from(which) } };
}

/**
 * The codes of each of `docs`: kept ones, and `read(missing)` for the rest; the union is kept
 * when reading took afterMs or more.
 */
export function sectionHits(db: Db, plan: Plan, docs: readonly number[], read: (docs: number[]) => DocCodes): DocCodes {
  const key = sectionHitsKey(plan);
  const kept = loadSectionHits(db, key) ?? new Map<number, string[]>();
  const missing = docs.filter((d) => !kept.has(d));
  if (!missing.length) return kept;
  const generation = generationOf(db);
  const t0 = performance.now();
  const all = new Map([...kept, ...read(missing)]);
  if (performance.now() - t0 >= SAVED_MATCHES.afterMs) {
    saveParts(db, generation, [[key, pack(all)]], TABLE, SAVED_MATCHES.maxQueries);
  }
  return all;
}
