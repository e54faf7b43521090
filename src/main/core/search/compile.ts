// A parsed query -> a plan: one FTS5 expression for the positive text (matched per document,
// ranked by bm25) plus filing-level conditions for filters, exclusions and mixed sub-expressions.
// "merger -acquisition" finds filings with a document mentioning merger and no document
// mentioning acquisition.
import type { FilterNode, QueryNode, TextNode } from '../../../shared/query';
import { parseQuery } from '../../../shared/query';
import { QuerySyntaxError } from './errors';
import { ftsExpression, isPureText, pruneTokenless } from './fts-expr';

export interface Plan {
  /** True when the query had terms but none can match anything (only punctuation, say). */
  nothing: boolean;
  /** The positive text as an FTS5 expression, or null (browse by filters alone). */
  match: string | null;
  /** Filing-level conditions (filters, exclusions, mixed trees), all of which must hold. */
  where: QueryNode[];
  /** Text nodes whose occurrences are hits (negated text excluded). */
  highlight: TextNode[];
  /** Top-level section: filters of a query with text: its matches must lie inside them (sections.ts). */
  sections: FilterNode[];
  /** The positive text conjuncts (each must hit inside the sections). */
  textConjuncts: QueryNode[];
}

function collectHighlights(n: QueryNode, out: TextNode[]): void {
  if (n.type === 'term' || n.type === 'phrase' || n.type === 'near') out.push(n);
  else if (n.type === 'and' || n.type === 'or') for (const c of n.children) collectHighlights(c, out);
  // negated text is not a hit
}

export function planAst(ast: QueryNode | null): Plan {
  if (!ast) return { nothing: false, match: null, where: [], highlight: [], sections: [], textConjuncts: [] };
  const pruned = pruneTokenless(ast);
  if (!pruned) return { nothing: true, match: null, where: [], highlight: [], sections: [], textConjuncts: [] };
  const conjuncts = pruned.type === 'and' ? pruned.children : [pruned];
  const text: string[] = [];
  const where: QueryNode[] = [];
  const textConjuncts: QueryNode[] = [];
  for (const c of conjuncts) {
    if (isPureText(c)) {
      text.push(ftsExpression(c));
      textConjuncts.push(c);
    } else where.push(c);
  }
  // With text, a top-level section: restricts where the text matches; without, it is a filter.
  const isSection = (c: QueryNode): c is FilterNode => c.type === 'filter' && c.field === 'section';
  const sections = text.length ? where.filter(isSection) : [];
  const highlight: TextNode[] = [];
  collectHighlights(pruned, highlight);
  return {
    nothing: false,
    match: text.length ? text.join(' AND ') : null,
    where: sections.length ? where.filter((c) => !isSection(c)) : where,
    highlight,
    sections,
    textConjuncts,
  };
}

/** Parses and plans `query`; throws QuerySyntaxError for a malformed one. */
export function planQuery(query: string): Plan {
  const { ast, errors } = parseQuery(query);
  if (errors.length) throw new QuerySyntaxError(errors[0].message, errors[0].position);
  return planAst(ast);
}
