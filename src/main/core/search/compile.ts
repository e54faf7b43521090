// A parsed query -> a plan: one FTS5 expression for the positive text (matched per document,
// ranked by bm25) plus filing-level SQL for filters, exclusions and mixed sub-expressions.
// "merger -acquisition" finds filings with a document mentioning merger and no document
// mentioning acquisition.
import type { NotNode, QueryNode, TextNode } from '../../../shared/query';
import { parseQuery } from '../../../shared/query';
import { QuerySyntaxError } from './errors';
import { filterSql, type SqlPart } from './filter-sql';
import { ftsExpression, isPureText, pruneTokenless } from './fts-expr';

export interface Plan {
  /** True when the query had terms but none can match anything (only punctuation, say). */
  nothing: boolean;
  /** The positive text as an FTS5 expression, or null (browse by filters alone). */
  match: string | null;
  /** Filing-level predicate over `filings f`, or null. */
  where: SqlPart | null;
  /** Text nodes whose occurrences are hits (negated text excluded). */
  highlight: TextNode[];
}

const DOCS_MATCHING =
  'f.id IN (SELECT d.filing_id FROM documents d WHERE d.id IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?))';

function sqlOf(n: QueryNode): SqlPart {
  if (isPureText(n)) return { sql: DOCS_MATCHING, params: [ftsExpression(n)] };
  switch (n.type) {
    case 'filter':
      return filterSql(n);
    case 'not': {
      const inner = sqlOf(n.child);
      return { sql: `NOT coalesce((${inner.sql}), 0)`, params: inner.params };
    }
    case 'and':
    case 'or':
      return joinSql(n.children.map(sqlOf), n.type === 'and' ? ' AND ' : ' OR ');
    default:
      throw new Error(`unexpected node ${n.type}`);
  }
}

function joinSql(parts: SqlPart[], op: string): SqlPart {
  return { sql: `(${parts.map((p) => p.sql).join(op)})`, params: parts.flatMap((p) => p.params) };
}

function collectHighlights(n: QueryNode, out: TextNode[]): void {
  if (n.type === 'term' || n.type === 'phrase' || n.type === 'near') out.push(n);
  else if (n.type === 'and' || n.type === 'or') for (const c of n.children) collectHighlights(c, out);
  // negated text is not a hit
}

export function planAst(ast: QueryNode | null): Plan {
  if (!ast) return { nothing: false, match: null, where: null, highlight: [] };
  const pruned = pruneTokenless(ast);
  if (!pruned) return { nothing: true, match: null, where: null, highlight: [] };
  const conjuncts = pruned.type === 'and' ? pruned.children : [pruned];
  const text: string[] = [];
  const where: SqlPart[] = [];
  for (const c of conjuncts) {
    if (isPureText(c)) text.push(ftsExpression(c));
    else where.push(sqlOf(c as Exclude<QueryNode, NotNode> | NotNode));
  }
  const highlight: TextNode[] = [];
  collectHighlights(pruned, highlight);
  return {
    nothing: false,
    match: text.length ? text.join(' AND ') : null,
    where: where.length ? joinSql(where, ' AND ') : null,
    highlight,
  };
}

/** Parses and plans `query`; throws QuerySyntaxError for a malformed one. */
export function planQuery(query: string): Plan {
  const { ast, errors } = parseQuery(query);
  if (errors.length) throw new QuerySyntaxError(errors[0].message, errors[0].position);
  return planAst(ast);
}
