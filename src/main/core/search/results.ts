// Filing ids -> SearchResult rows: metadata, companies, items and paths in four set-based
// queries per page (ids bound as one JSON array), plus a snippet cut from each best document.
import type { ResultCompany, SearchResult } from '../../../shared/api/types';
import type { Db } from '../db/open';
import type { HitFinder } from './hits';
import { documentSnippet } from './snippet-text';
import { idList, stmt } from './statements';

interface FilingRow {
  id: number;
  key: string;
  accession: string | null;
  form: string | null;
  filed: string | null;
  period: string | null;
}

const IDS = 'SELECT value FROM json_each(?)';

/** Scores go out larger-is-better. */
const negate = (bm25: number | null) => (bm25 === null ? null : -bm25);

function groupBy<R extends { fid: number }>(rows: R[]): Map<number, R[]> {
  const out = new Map<number, R[]>();
  for (const r of rows) {
    const list = out.get(r.fid);
    if (list) list.push(r);
    else out.set(r.fid, [r]);
  }
  return out;
}

export interface ResultOptions {
  /** Best document per filing id (from the match set). */
  doc?: Int32Array | null;
  /** bm25 of a filing's document (lower is better), or null when the query has no text part. */
  bm25?: (filingId: number, docId: number) => number | null;
  /** Finds the hits for snippets; none means no snippets. */
  finder?: HitFinder | null;
}

/** Results for `ids`, in the order given (unknown ids are skipped). */
export function loadResults(db: Db, ids: readonly number[], opts: ResultOptions = {}): SearchResult[] {
  if (ids.length === 0) return [];
  const list = idList(ids);
  const filings = new Map(
    stmt<[string], FilingRow>(
      db,
      `SELECT id, key, accession, form_type AS form, filed_date AS filed, period
       FROM filings WHERE id IN (${IDS})`,
    )
      .all(list)
      .map((r) => [r.id, r]),
  );
  const companies = groupBy(
    stmt<[string], ResultCompany & { fid: number }>(
      db,
      `SELECT filing_id AS fid, name, cik, role FROM companies WHERE filing_id IN (${IDS}) ORDER BY filing_id, ord`,
    ).all(list),
  );
  const items = groupBy(
    stmt<[string], { fid: number; code: string }>(
      db,
      `SELECT filing_id AS fid, code FROM items WHERE filing_id IN (${IDS}) ORDER BY filing_id, code`,
    ).all(list),
  );
  const paths = groupBy(
    stmt<[string], { fid: number; path: string }>(
      db,
      `SELECT filing_id AS fid, path FROM files WHERE filing_id IN (${IDS}) ORDER BY filing_id, path`,
    ).all(list),
  );
  const firstDoc = opts.doc
    ? null
    : new Map(
        stmt<[string], [number, number]>(
          db,
          `SELECT filing_id, min(id) FROM documents WHERE filing_id IN (${IDS}) GROUP BY filing_id`,
        )
          .raw()
          .all(list),
      );
  const out: SearchResult[] = [];
  for (const id of ids) {
    const f = filings.get(id);
    if (!f) continue;
    const docId = opts.doc?.[id] || firstDoc?.get(id) || null;
    const snip = opts.finder && docId ? documentSnippet(db, docId, opts.finder) : null;
    out.push({
      id,
      key: f.key,
      accessionNumber: f.accession,
      formType: f.form,
      filedDate: f.filed,
      periodOfReport: f.period,
      companies: (companies.get(id) ?? []).map(({ name, cik, role }) => ({ name, cik, role })),
      items: (items.get(id) ?? []).map((r) => r.code),
      paths: (paths.get(id) ?? []).map((r) => r.path),
      score: opts.bm25 && docId ? negate(opts.bm25(id, docId)) : null,
      snippet: snip?.snippet ?? '',
      snippetHits: snip?.snippetHits ?? [],
      docId,
    });
  }
  return out;
}
