// The section facet of a text query: per section code, the filings with a hit inside such a
// section. Exact: every document that matches the text (FTS5) and has sections is read and its
// hits located with the viewer's hit finder (hits.ts); a filing counts once per code. Under a
// section: filter only the sections it names count, as the viewer shows only their hits.
import type { SearchResponse } from '../../../shared/api/types';
import type { Db } from '../db/open';
import type { Plan } from './compile';
import { documentText } from './doc-text';
import { HitFinder } from './hits';
import { parseIdArray, type MatchSet } from './match';
import { hitsInside, sectionMatches, sectionsOfDocs } from './sections';
import { stmt } from './statements';
import { matchedDocs } from './saved-matches';
import { sectionHits, type DocCodes } from './saved-section-hits';

/** Documents whose sections are read per query round trip (bounds the memory of one batch). */
const BATCH = 200;
/**
 * Matching documents with sections read at most (about 1.4 ms of CPU each on real 10-Ks):
 * past it the facet is not counted at all (null), never counted in part.
 */
export const SECTION_FACET_MAX_DOCS = 1000;

/** SearchResponse.facetNotes.section when the facet was not counted. */
export const SECTION_FACET_NOTE = `Not counted: over ${SECTION_FACET_MAX_DOCS.toLocaleString('en-US')} matching documents with sections; narrow the query`;

/** SearchResponse.facetNotes.section while the facet is left for a later request. */
export const SECTION_FACET_PENDING = 'Counting sections…';

/**
 * Whether a request defers the section facet (SearchRequest.deferSectionFacet): only when
 * counting it reads documents, i.e. the query has text to find in them.
 */
export function defersSectionFacet(req: { facets?: boolean; deferSectionFacet?: boolean }, plan: Plan): boolean {
  return req.facets === true && req.deferSectionFacet === true && plan.match !== null && plan.highlight.length > 0;
}

/**
 * What a search answer says of its section facet: pending when deferred, not counted when past
 * its limit (`counts` null), else nothing. Both backends answer with it.
 */
export function sectionFacetNotes(
  deferred: boolean,
  counts: ReadonlyMap<string, number> | null,
): Pick<SearchResponse, 'facetNotes' | 'pendingFacets'> {
  if (deferred) return { facetNotes: { section: SECTION_FACET_PENDING }, pendingFacets: ['section'] };
  return counts === null ? { facetNotes: { section: SECTION_FACET_NOTE } } : {};
}

const cache = new WeakMap<MatchSet, Map<string, number> | null>();

/**
 * Filings per section code with a hit, for a match set of `plan` (empty without text); null
 * when more than `maxDocs` matching documents have sections.
 */
export function sectionFacet(
  db: Db,
  m: MatchSet,
  plan: Plan,
  maxDocs = SECTION_FACET_MAX_DOCS,
): Map<string, number> | null {
  const known = cache.get(m);
  if (known !== undefined) return known;
  const counts = new Map<string, number>();
  if (plan.match && plan.highlight.length && m.ids.length) {
    const { docFiling } = m.catalog;
    const inSet = new Uint8Array(m.catalog.form.length);
    for (const id of m.ids) inSet[id] = 1;
    const matched = m.matchedDocs ?? matchedDocs(db, plan.match).docs;
    const withSections = sectionedDocs(db, m.catalog.generation);
    const docs: number[] = [];
    for (const d of matched) {
      if (d < withSections.length && withSections[d] === 1 && d < docFiling.length && inSet[docFiling[d]!] === 1) {
        docs.push(d);
      }
    }
    if (docs.length > maxDocs) {
      cache.set(m, null);
      return null;
    }
    const counted = new Map<number, Set<string>>(); // filing -> codes already counted
    for (const [docId, codes] of sectionHits(db, plan, docs, (missing) => readCodes(db, plan, missing))) {
      const fid = docFiling[docId]!;
      if (!codes.length || inSet[fid] !== 1) continue; // kept for a filing other filters allowed
      let seen = counted.get(fid);
      if (!seen) counted.set(fid, (seen = new Set()));
      for (const code of codes) {
        if (seen.has(code)) continue;
        seen.add(code);
        counts.set(code, (counts.get(code) ?? 0) + 1);
      }
    }
  }
  cache.set(m, counts);
  return counts;
}

/** Per document, the codes of its sections (those the plan's section filters name) with a hit. */
function readCodes(db: Db, plan: Plan, docs: readonly number[]): DocCodes {
  const finder = new HitFinder(plan.highlight);
  const out: DocCodes = new Map(docs.map((d) => [d, []]));
  for (let i = 0; i < docs.length; i += BATCH) {
    for (const [docId, all] of sectionsOfDocs(db, docs.slice(i, i + BATCH))) {
      const ranges = plan.sections.length ? all.filter((s) => plan.sections.every((f) => sectionMatches(s, f))) : all;
      if (!ranges.length) continue;
      const text = documentText(db, docId);
      if (text == null) continue;
      const codes = out.get(docId)!;
      for (const s of ranges) {
        if (!codes.includes(s.code) && !hitsInside(finder, text, [s]).next().done) codes.push(s.code);
      }
    }
  }
  return out;
}

const sectioned = new WeakMap<Db, { generation: string; docs: Uint8Array }>();

/**
 * The documents that have sections (1 per such document id), read once per database state
 * (the catalog's generation). The warm-up reads them (a scan of the sections index: ~200 ms
 * at 100,000 real-size filings on a cold disk), so a first search does not.
 */
export function sectionedDocs(db: Db, generation: string): Uint8Array {
  let known = sectioned.get(db);
  if (known?.generation !== generation) {
    const ids = parseIdArray(
      stmt<[], string>(db, 'SELECT json_group_array(DISTINCT doc_id) FROM sections').pluck().get() as string,
    );
    let max = 0;
    for (const d of ids) if (d > max) max = d;
    const docs = new Uint8Array(max + 1);
    for (const d of ids) docs[d] = 1;
    sectioned.set(db, (known = { generation, docs }));
  }
  return known.docs;
}

/** Whether the documents with sections are read for the database state `generation`. */
export const sectionedDocsRead = (db: Db, generation: string) => sectioned.get(db)?.generation === generation;
