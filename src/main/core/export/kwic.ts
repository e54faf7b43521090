// Keyword in context: every hit of a query over its whole result set, in result order (the
// search's default order: relevance), one CSV row per hit with N words on each side. The
// hits of a filing are the hits the viewer shows in its matched document for the same query
// (inside the matching sections for section: queries), so the row count equals the viewer's
// hit count. Filings are read 500 at a time and each chunk's CSV text is written before the
// next is built: memory stays flat however many hits there are.
import type { SearchResult } from '../../../shared/api/types';
import type { TextNode } from '../../../shared/query';
import type { Db } from '../db/open';
import { planQuery, type Plan } from '../search/compile';
import { documentText } from '../search/doc-text';
import { HitFinder, type Hit } from '../search/hits';
import { matchPlan } from '../search/match';
import { ordered } from '../search/order';
import { loadResults } from '../search/results';
import { documentSections, sectionAt, SectionHitFinder, sectionMatches, type SectionRange } from '../search/sections';
import { idList, stmt } from '../search/statements';
import { writeFileAtomically } from './atomic-file';
import type { Cell } from './columns';
import { csvText } from './csv-text';

export const KWIC_COLUMNS = [
  'accessionNumber',
  'formType',
  'date',
  'dateKind',
  'companyName',
  'cik',
  'document',
  'section',
  'offset',
  'left',
  'match',
  'right',
] as const;

const FILING_COLUMNS = ['accessionNumber', 'formType', 'date', 'dateKind', 'companyName', 'cik'] as const;

export const DEFAULT_WINDOW = 30;
const CHUNK = 500;

export interface KwicOptions {
  query: string;
  /** Words on each side of a hit (default 30). */
  window?: number;
  /** One row per filing with one count column per query term, instead of one row per hit. */
  summary?: boolean;
  signal?: AbortSignal;
  /** Called after each chunk of filings with the rows and filings written so far (progress). */
  onProgress?: (done: KwicResult) => void;
}

export interface KwicResult {
  rows: number;
  filings: number;
}

export class KwicQueryError extends Error {}

/** Writes the KWIC (or summary) CSV of `opts.query` to `outPath` atomically. */
export async function exportKwic(db: Db, opts: KwicOptions, outPath: string): Promise<KwicResult> {
  const plan = planQuery(opts.query);
  if (!plan.highlight.length) throw new KwicQueryError('keyword in context needs words to find in the text');
  const counts: KwicResult = { rows: 0, filings: 0 };
  await writeFileAtomically(outPath, kwicChunks(db, plan, opts, counts), opts.signal);
  return counts;
}

async function* kwicChunks(db: Db, plan: Plan, opts: KwicOptions, counts: KwicResult): AsyncGenerator<string> {
  const window = Math.max(0, Math.floor(opts.window ?? DEFAULT_WINDOW));
  const terms = plan.highlight;
  const header = opts.summary ? [...FILING_COLUMNS, ...terms.map((t) => termLabel(opts.query, t))] : [...KWIC_COLUMNS];
  yield csvText([header]);
  const m = matchPlan(db, plan, true);
  const ids = ordered(m, 'relevance', 'desc');
  for (let i = 0; i < ids.length; i += CHUNK) {
    opts.signal?.throwIfAborted();
    const page = loadResults(db, Array.from(ids.subarray(i, i + CHUNK)), { doc: (fid) => m.doc?.[fid] });
    const names = documentNames(
      db,
      page.map((r) => r.docId).filter((d): d is number => d !== null),
    );
    const rows: Cell[][] = [];
    for (const r of page) {
      counts.filings++;
      const text = r.docId ? (documentText(db, r.docId) ?? '') : '';
      const sections = r.docId ? documentSections(db, r.docId) : [];
      if (opts.summary) {
        rows.push([...filingCells(r), ...terms.map((t) => count(finderFor(plan, [t], sections).hits(text)))]);
        continue;
      }
      for (const h of finderFor(plan, terms, sections).hits(text)) {
        rows.push([
          ...filingCells(r),
          names.get(r.docId!) ?? '',
          sectionAt(sections, h[0])?.code ?? '',
          h[0],
          ...context(text, h, window),
        ]);
      }
    }
    counts.rows += rows.length;
    if (rows.length) yield csvText(rows);
    opts.onProgress?.({ ...counts });
  }
}

/** The viewer's hit finder for a document: only hits inside the matching sections under section:. */
function finderFor(plan: Plan, nodes: readonly TextNode[], sections: SectionRange[]): HitFinder {
  if (!plan.sections.length) return new HitFinder(nodes);
  return new SectionHitFinder(
    nodes,
    sections.filter((s) => plan.sections.every((f) => sectionMatches(s, f))),
  );
}

function count(hits: Iterable<Hit>): number {
  let n = 0;
  for (const _ of hits) n++;
  return n;
}

function filingCells(r: SearchResult): Cell[] {
  // The filing's one date (filed, else report) and which it is, as search results carry it.
  const date = r.date ?? '';
  const dateKind = r.dateKind ?? '';
  const c = r.companies[0];
  return [r.accessionNumber ?? r.key, r.formType ?? '', date, dateKind, c?.name ?? '', c?.cik ?? ''];
}

/** A document as the CSV names it: its file name, else its type, else its position. */
function documentNames(db: Db, docIds: number[]): Map<number, string> {
  if (!docIds.length) return new Map();
  const rows = stmt<[string], [number, number, string | null, string | null]>(
    db,
    'SELECT id, ord, type, filename FROM documents WHERE id IN (SELECT value FROM json_each(?))',
  )
    .raw()
    .all(idList(docIds));
  return new Map(rows.map(([id, ord, type, filename]) => [id, filename ?? type ?? `document ${ord + 1}`]));
}

/** A query term's column name in the summary: the term as typed. */
function termLabel(query: string, t: TextNode): string {
  return query.slice(t.span.start, t.span.end);
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 160;
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** [left, match, right]: `n` whitespace-separated words on each side of the hit, whitespace collapsed. */
export function context(text: string, [a, b]: Hit, n: number): [string, string, string] {
  let i = a;
  for (let k = 0; k < n && i > 0; k++) {
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  let j = b;
  for (let k = 0; k < n && j < text.length; k++) {
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
  }
  return [collapse(text.slice(i, a)), collapse(text.slice(a, b)), collapse(text.slice(b, j))];
}
