// The parsed query (AST) -> OpenSearch query DSL over the filings index (mapping.ts), with
// the semantics of the SQLite plan (search/compile.ts, where-eval.ts):
// - the positive text conjuncts match within ONE document (FTS5 matches per document row), as
//   one nested query; a phrase or NEAR lies within one column (head or body);
// - filters, exclusions and mixed AND/OR/NOT trees are conditions on the filing, and a pure-text
//   subtree inside them is "the filing has a document matching it";
// - terms are our own stems (src/shared/query/text, the tokenizer FTS5 uses), sent as exact
//   term/span queries, so the engine's query-time analysis cannot disagree with ours.
// - a top-level section: filter of a query with text restricts where the text matches
//   (search/sections.ts): the document must also have, for every positive text conjunct, a
//   section (nested documents.sections, records.ts) that satisfies every such filter and holds
//   a hit of the conjunct (any of its terms, phrases or NEAR members, as the hit finder sees
//   hits) in its own text. Elsewhere section: asks for a filing that has such a section.
import type { FilterNode, NearNode, PhraseNode, QueryNode, TermNode, TextNode } from '../../../shared/query';
import { normalizeFormCode } from '../../../shared/edgar/form-codes';
import { indexTerms } from '../../../shared/query/text';
import { isPureText, pruneTokenless } from '../search/fts-expr';

export type Dsl = Record<string, unknown>;

const TEXT_FIELDS = ['documents.head', 'documents.body'] as const;
/** A document's section's part of the body (mapping.ts). */
const SECTION_TEXT = 'documents.sections.text';
type TextField = (typeof TEXT_FIELDS)[number] | typeof SECTION_TEXT;
/** FTS5's bm25 weights: head 10, body 1 (search/best-documents.ts); sections are only filtered on. */
const BOOST: Record<TextField, number> = { 'documents.head': 10, 'documents.body': 1, [SECTION_TEXT]: 1 };

export const MATCH_NONE: Dsl = { match_none: {} };
export const MATCH_ALL: Dsl = { match_all: {} };

const anyOf = (should: Dsl[]): Dsl => (should.length === 1 ? should[0] : { bool: { should, minimum_should_match: 1 } });

/** The span query of one phrase (its stems in order, adjacent; the last a prefix if asked). */
function spanPhrase(field: TextField, terms: string[], prefix: boolean): Dsl {
  const clauses = terms.map((t, i) =>
    prefix && i === terms.length - 1
      ? { span_multi: { match: { prefix: { [field]: { value: t } } } } }
      : { span_term: { [field]: t } },
  );
  return clauses.length === 1 ? clauses[0] : { span_near: { clauses, slop: 0, in_order: true } };
}

function phraseIn(field: TextField, n: TermNode | PhraseNode): Dsl {
  const terms = indexTerms(n.text);
  const boost = BOOST[field];
  if (terms.length === 1 && !n.prefix) return { term: { [field]: { value: terms[0], boost } } };
  if (terms.length === 1) return { prefix: { [field]: { value: terms[0], boost } } };
  return { span_near: { clauses: [spanPhrase(field, terms, n.prefix)], slop: 0, in_order: true, boost } };
}

/** FTS5 NEAR(a b, N): every phrase, in any order, with at most N tokens between them, in one column. */
function nearIn(field: TextField, n: NearNode): Dsl {
  const clauses = n.terms.map((t) => spanPhrase(field, indexTerms(t.text), t.prefix));
  return { span_near: { clauses, slop: n.distance, in_order: false, boost: BOOST[field] } };
}

/** A pure-text node as a query over one nested document. */
export function documentQuery(n: QueryNode): Dsl {
  switch (n.type) {
    case 'term':
    case 'phrase':
      return anyOf(TEXT_FIELDS.map((f) => phraseIn(f, n)));
    case 'near':
      return anyOf(TEXT_FIELDS.map((f) => nearIn(f, n)));
    case 'and':
      return { bool: { must: n.children.map(documentQuery) } };
    case 'or':
      return { bool: { should: n.children.map(documentQuery), minimum_should_match: 1 } };
    default:
      throw new Error(`not a text node: ${n.type}`);
  }
}

/** Escapes the wildcard syntax (`*`, `?`, `\`) of a literal. */
const wildcardLiteral = (s: string) => s.replace(/[\\*?]/g, (c) => `\\${c}`);
const contains = (field: string, text: string): Dsl => ({
  wildcard: { [field]: { value: `*${wildcardLiteral(text)}*` } },
});

/**
 * Filings with a document matching the pure-text node(s); scored by their best document. With
 * `sections`, each part must also hit inside one of the document's sections they all name.
 */
function hasDocument(parts: QueryNode[], scored: boolean, sections: readonly FilterNode[] = []): Dsl {
  let query = parts.length === 1 ? documentQuery(parts[0]) : { bool: { must: parts.map(documentQuery) } };
  if (sections.length) query = { bool: { must: [query], filter: parts.map((p) => hitInside(p, sections)) } };
  return { nested: { path: 'documents', query, score_mode: scored ? 'max' : 'none' } };
}

/** The text nodes whose occurrences are a conjunct's hits (search/sections.ts conjunctFinders). */
function hitNodes(n: QueryNode, out: TextNode[] = []): TextNode[] {
  if (n.type === 'term' || n.type === 'phrase' || n.type === 'near') out.push(n);
  else if (n.type === 'and' || n.type === 'or') for (const c of n.children) hitNodes(c, out);
  return out;
}

/**
 * A section of the document that satisfies every `sections` filter and holds a hit of the
 * conjunct: one of its terms or phrases, or any member of a NEAR group (the hit finder
 * marks every occurrence of a NEAR's terms), inside the section's own text.
 */
function hitInside(conjunct: QueryNode, sections: readonly FilterNode[]): Dsl {
  const patterns = hitNodes(conjunct).flatMap((n) => (n.type === 'near' ? n.terms : [n]));
  const hit = anyOf(patterns.map((p) => phraseIn(SECTION_TEXT, p)));
  return {
    nested: {
      path: 'documents.sections',
      query: { bool: { filter: [...sections.map(sectionCondition), hit] } },
      score_mode: 'none',
    },
  };
}

/** The condition on one section that a section: filter makes (search/sections.ts condition). */
function sectionCondition(n: FilterNode): Dsl {
  const v = n.value;
  if (v.kind === 'code') return { term: { 'documents.sections.code': v.code } };
  return contains('documents.sections.title', v.kind === 'text' ? v.text : '');
}

/** Filings that have a section satisfying the filter (section: under OR/NOT, or without text). */
function hasSection(n: FilterNode): Dsl {
  const inner = { nested: { path: 'documents.sections', query: sectionCondition(n), score_mode: 'none' } };
  return { nested: { path: 'documents', query: inner, score_mode: 'none' } };
}

function filterQuery(n: FilterNode): Dsl {
  if (n.field === 'section') return hasSection(n);
  const v = n.value;
  switch (v.kind) {
    case 'form': {
      // Form types compare as EDGAR codes (where-eval.ts): form:10-KSB finds 10KSB filings.
      const code = normalizeFormCode(v.form);
      return v.family ? { prefix: { formCode: code } } : { term: { formCode: code } };
    }
    case 'range': {
      const field = n.field === 'period' ? 'period' : n.field === 'date' ? 'date' : 'filed';
      const range: Record<string, string> = {};
      if (v.from !== null) range.gte = v.from;
      if (v.to !== null) range.lte = v.to;
      return { range: { [field]: range } };
    }
    case 'text':
      return contains(n.field === 'company' ? 'names' : 'paths', v.text);
    case 'code':
      switch (n.field) {
        case 'cik':
          return { term: { ciks: v.code } };
        case 'state':
          return { term: { states: v.code } };
        case 'sic':
          return { term: { sics: v.code } };
        case 'item':
          return { term: { items: v.code } };
        case 'accession':
          return { term: { key: v.code } };
        case 'exhibit':
          // EX-99 finds EX-99 and EX-99.1 (documents or listed exhibits).
          return anyOf([{ term: { exhibits: v.code } }, { prefix: { exhibits: `${v.code}.` } }]);
        default:
          throw new Error(`no code filter for ${n.field}`);
      }
  }
}

/** A filing-level condition (never scored). */
function filingQuery(n: QueryNode): Dsl {
  if (isPureText(n)) return hasDocument([n], false);
  switch (n.type) {
    case 'filter':
      return filterQuery(n);
    case 'not':
      return { bool: { must_not: [filingQuery(n.child)] } };
    case 'and':
      return { bool: { filter: n.children.map(filingQuery) } };
    case 'or':
      return { bool: { should: n.children.map(filingQuery), minimum_should_match: 1 } };
    default:
      throw new Error(`unexpected node ${n.type}`);
  }
}

export interface Translation {
  query: Dsl;
  /** True when the query has positive text (results can be ranked by relevance). */
  scored: boolean;
}

/** The filings query of a parsed query (null AST: every filing). */
export function translateQuery(ast: QueryNode | null): Translation {
  if (!ast) return { query: MATCH_ALL, scored: false };
  const pruned = pruneTokenless(ast);
  if (!pruned) return { query: MATCH_NONE, scored: false };
  const conjuncts = pruned.type === 'and' ? pruned.children : [pruned];
  const text = conjuncts.filter(isPureText);
  // With text, a top-level section: restricts where the text matches (search/compile.ts).
  const isSection = (c: QueryNode): c is FilterNode => text.length > 0 && c.type === 'filter' && c.field === 'section';
  const sections = conjuncts.filter(isSection);
  const rest = conjuncts.filter((c) => !isPureText(c) && !isSection(c));
  const must = text.length ? [hasDocument(text, true, sections)] : [];
  const filter = rest.map(filingQuery);
  if (must.length === 0 && filter.length === 0) return { query: MATCH_ALL, scored: false };
  return { query: { bool: { must, filter } }, scored: must.length > 0 };
}
