// Filing ids -> SearchResult rows: metadata, companies, items and paths in one query per page
// (ids bound as one JSON array, each filing's lists gathered as JSON by correlated
// subqueries: a third of the time of one query per table), plus a snippet cut from each
// best document, whose stored texts are read in one more query.
import type { ResultCompany, SearchResult } from '../../../shared/api/types';
import type { CompanyRole, DateKind } from '../../../shared/filing';
import type { Db } from '../db/open';
import type { FilterNode, TextNode } from '../../../shared/query';
import type { HitFinder } from './hits';
import { sectionAt, SectionHitFinder, sectionMatches, sectionsOfDocs } from './sections';
import { locatedSnippet } from './snippet-text';
import { idList, stmt } from './statements';

type FilingRow = [
  id: number,
  key: string,
  accession: string | null,
  form: string | null,
  filed: string | null,
  period: string | null,
  fileNumber: string | null,
  date: string | null,
  dateKind: DateKind | null,
  /** JSON [[name, cik, role, state, sic], …] in parse order. */
  companies: string,
  /** JSON [code, …], sorted. */
  items: string,
  /** JSON [path, …], sorted. */
  paths: string,
  /** The filing's first document (used when the caller names none). */
  firstDoc: number | null,
];

const IDS = 'SELECT value FROM json_each(?)';
const ROWS = `SELECT f.id, f.key, f.accession, f.form_type, f.filed_date, f.period, f.file_number, f.date, f.date_kind,
  (SELECT json_group_array(json_array(name, cik, role, state, sic))
     FROM (SELECT name, cik, role, state, sic FROM companies WHERE filing_id = f.id ORDER BY ord)),
  (SELECT json_group_array(code) FROM (SELECT code FROM items WHERE filing_id = f.id ORDER BY code)),
  (SELECT json_group_array(path) FROM (SELECT path FROM files WHERE filing_id = f.id ORDER BY path)),
  (SELECT min(id) FROM documents WHERE filing_id = f.id)
  FROM filings f WHERE f.id IN (${IDS})`;

/** Scores go out larger-is-better. */
const negate = (bm25: number | null) => (bm25 === null ? null : -bm25);

const companiesOf = (json: string): ResultCompany[] =>
  (JSON.parse(json) as [string | null, string | null, CompanyRole, string | null, string | null][]).map(
    ([name, cik, role, state, sic]) => ({ name, cik, role, state, sic }),
  );

/** Stored texts by document id (deflated, as doc_text keeps them). */
function storedTexts(db: Db, docIds: number[]): Map<number, Buffer> {
  if (!docIds.length) return new Map();
  return new Map(
    stmt<[string], [number, Buffer]>(db, `SELECT doc_id, z FROM doc_text WHERE doc_id IN (${IDS})`)
      .raw()
      .all(idList(docIds)),
  );
}

export interface ResultOptions {
  /** The document of a filing to score and cut a snippet from (0 or none: its first). */
  doc?: (filingId: number) => number | undefined;
  /** bm25 of a filing's document (lower is better), or null when the query has no text part. */
  bm25?: (filingId: number, docId: number) => number | null;
  /** Finds the hits for snippets; none means no snippets. */
  finder?: HitFinder | null;
  /** With `finder`: the query's text nodes and section: filters, to name each result's section. */
  sections?: { highlight: readonly TextNode[]; filters: readonly FilterNode[] };
}

/** Results for `ids`, in the order given (unknown ids are skipped). */
export function loadResults(db: Db, ids: readonly number[], opts: ResultOptions = {}): SearchResult[] {
  if (ids.length === 0) return [];
  const rows = new Map(
    stmt<[string], FilingRow>(db, ROWS)
      .raw()
      .all(idList(ids))
      .map((r) => [r[0], r]),
  );
  const docOf = (id: number) => opts.doc?.(id) || rows.get(id)?.[12] || null;
  const finder = opts.finder;
  const texts = finder
    ? storedTexts(
        db,
        ids.map(docOf).filter((d): d is number => d !== null),
      )
    : null;
  const sectioned =
    finder && opts.sections
      ? sectionsOfDocs(
          db,
          ids.map(docOf).filter((d): d is number => d !== null),
        )
      : null;
  const out: SearchResult[] = [];
  for (const id of ids) {
    const row = rows.get(id);
    if (!row) continue;
    const [
      ,
      key,
      accessionNumber,
      formType,
      filedDate,
      periodOfReport,
      fileNumber,
      date,
      dateKind,
      companies,
      items,
      paths,
    ] = row;
    const docId = docOf(id);
    const z = docId ? texts?.get(docId) : undefined;
    const docSections = docId ? sectioned?.get(docId) : undefined;
    let docFinder = finder;
    const named = !!(finder && opts.sections && docSections && docId);
    if (named && opts.sections!.filters.length) {
      const { highlight, filters } = opts.sections!;
      docFinder = new SectionHitFinder(
        highlight,
        docSections!.filter((r) => filters.every((f) => sectionMatches(r, f))),
      );
    }
    const located = docFinder && z ? locatedSnippet(z, docFinder) : null;
    const snip = located?.snippet;
    // The section holding the document's first hit (the snippet found where it starts).
    let section: SearchResult['section'];
    if (named) {
      const s = located?.firstHit != null ? sectionAt(docSections!, located.firstHit) : null;
      section = s ? { code: s.code, title: s.title } : null;
    }
    out.push({
      id,
      key,
      accessionNumber,
      formType,
      filedDate,
      periodOfReport,
      fileNumber,
      date,
      dateKind,
      companies: companiesOf(companies),
      items: JSON.parse(items) as string[],
      paths: JSON.parse(paths) as string[],
      score: opts.bm25 && docId ? negate(opts.bm25(id, docId)) : null,
      snippet: snip?.snippet ?? '',
      snippetHits: snip?.snippetHits ?? [],
      docId,
      ...(section !== undefined ? { section } : {}),
    });
  }
  return out;
}
