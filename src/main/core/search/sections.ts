// section: filters. At the top level of a query with text, `section:7` restricts the text's
// matches to the offsets of Item 7 in each document (the sections table, see parser/sections):
// a document counts only when every positive text conjunct has a hit inside a matching
// section, located with the project's own hit finder (hits.ts, which agrees with FTS5). Nested
// under OR/NOT, or without text, it selects filings that have such a section.
import type { FilterNode, QueryNode, TextNode } from '../../../shared/query';
import { foldText } from '../../../shared/query/text';
import { isAscii } from '../../../shared/query/text/ascii';
import type { Db } from '../db/open';
import type { SqlPart } from './filter-sql';
import { HitFinder, type Hit } from './hits';
import { stmt } from './statements';

export interface SectionRange {
  code: string;
  title: string;
  start: number;
  end: number;
}

/** The condition on a sections row that one section: filter makes. */
function condition(n: FilterNode): SqlPart {
  const v = n.value;
  if (v.kind === 'code') return { sql: 'code = ?', params: [v.code] };
  const text = v.kind === 'text' ? v.text : '';
  return { sql: `instr(${isAscii(text) ? 'lower(title)' : 'search_fold(title)'}, ?) > 0`, params: [text] };
}

/** Filings that have a section matching `n` (the filing-level reading of section:). */
export function sectionFilingsSql(n: FilterNode): SqlPart {
  const c = condition(n);
  return { sql: `SELECT json_group_array(DISTINCT filing_id) FROM sections WHERE ${c.sql}`, params: c.params };
}

/** Every section matching all `filters`, by document id. */
export function sectionRanges(db: Db, filters: readonly FilterNode[]): Map<number, SectionRange[]> {
  const parts = filters.map(condition);
  const sql = `SELECT doc_id AS docId, code, title, start, "end" FROM sections WHERE ${parts.map((p) => p.sql).join(' AND ')}`;
  const out = new Map<number, SectionRange[]>();
  for (const r of stmt<unknown[], SectionRange & { docId: number }>(db, sql).all(...parts.flatMap((p) => p.params))) {
    const list = out.get(r.docId);
    const range = { code: r.code, title: r.title, start: r.start, end: r.end };
    if (list) list.push(range);
    else out.set(r.docId, [range]);
  }
  return out;
}

/** The sections of one document, in text order. */
export function documentSections(db: Db, docId: number): SectionRange[] {
  return stmt<[number], SectionRange>(
    db,
    'SELECT code, title, start, "end" FROM sections WHERE doc_id = ? ORDER BY start, code',
  ).all(docId);
}

/** The section holding `offset` (the first listed when items share a heading), or null. */
export function sectionAt(sections: readonly SectionRange[], offset: number): SectionRange | null {
  return sections.find((s) => offset >= s.start && offset < s.end) ?? null;
}

/** Hits of `finder` lying wholly inside one of `ranges`, in text order. */
export function* hitsInside(finder: HitFinder, text: string, ranges: readonly SectionRange[]): Generator<Hit> {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let from = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, from);
    if (start >= r.end) continue;
    for (const h of finder.hits(text, start, r.end)) if (h[1] <= r.end) yield h;
    from = r.end;
  }
}

/** One finder per positive text conjunct of the query: each must hit inside the section. */
export function conjunctFinders(conjuncts: readonly QueryNode[]): HitFinder[] {
  const out: HitFinder[] = [];
  for (const c of conjuncts) {
    const nodes: TextNode[] = [];
    collect(c, nodes);
    if (nodes.length) out.push(new HitFinder(nodes));
  }
  return out;
}

function collect(n: QueryNode, out: TextNode[]): void {
  if (n.type === 'term' || n.type === 'phrase' || n.type === 'near') out.push(n);
  else if (n.type === 'and' || n.type === 'or') for (const c of n.children) collect(c, out);
}

/** Whether the document's text has a hit of every finder inside its matching sections. */
export function hitsEverySection(
  finders: readonly HitFinder[],
  text: string,
  ranges: readonly SectionRange[],
): boolean {
  return finders.every((f) => !hitsInside(f, text, ranges).next().done);
}

/** Whether a section satisfies a section: filter (the same test as its SQL condition). */
export function sectionMatches(s: SectionRange, n: FilterNode): boolean {
  const v = n.value;
  if (v.kind === 'code') return s.code === v.code;
  return v.kind === 'text' && foldText(s.title).includes(v.text);
}

/** The sections of some documents (a page of results), by document id. */
export function sectionsOfDocs(db: Db, docIds: readonly number[]): Map<number, SectionRange[]> {
  const out = new Map<number, SectionRange[]>();
  if (!docIds.length) return out;
  const rows = stmt<[string], SectionRange & { docId: number }>(
    db,
    `SELECT doc_id AS docId, code, title, start, "end" FROM sections
     WHERE doc_id IN (SELECT value FROM json_each(?)) ORDER BY doc_id, start, code`,
  ).all(JSON.stringify(docIds));
  for (const r of rows) {
    const range = { code: r.code, title: r.title, start: r.start, end: r.end };
    const list = out.get(r.docId);
    if (list) list.push(range);
    else out.set(r.docId, [range]);
  }
  return out;
}

/** A hit finder that sees only the hits inside some sections (snippets and hits of section: queries). */
export class SectionHitFinder extends HitFinder {
  constructor(
    nodes: readonly TextNode[],
    private readonly ranges: readonly SectionRange[],
  ) {
    super(nodes);
  }

  override *hits(text: string, from = 0, until = text.length): Generator<Hit> {
    for (const h of super.hits(text, from, until)) {
      if (this.ranges.some((r) => h[0] >= r.start && h[1] <= r.end)) yield h;
    }
  }
}
