// The query AST. Spans are [start, end) character offsets into the query text, so the
// renderer can point at the part of the query a node came from.

export interface Span {
  start: number;
  end: number;
}

export interface QueryError {
  message: string;
  /** Character offset of the problem in the query text. */
  position: number;
}

export type FieldName =
  | 'form'
  | 'company'
  | 'cik'
  | 'item'
  | 'state'
  | 'sic'
  | 'filed'
  | 'period'
  | 'date'
  | 'accession'
  | 'exhibit'
  | 'file'
  | 'section';

export type FilterValue =
  /** `form:8-K` exactly; `form:10-K*` the family (10-K, 10-K405, 10-K/A...). */
  | { kind: 'form'; form: string; family: boolean }
  /** Case-insensitive substring (company names, file paths). */
  | { kind: 'text'; text: string }
  /** An exact code, already normalised (CIK padded to 10, item "2.02", state "DE"...). */
  | { kind: 'code'; code: string }
  /** Inclusive ISO date bounds; null is open. */
  | { kind: 'range'; from: string | null; to: string | null };

export interface TermNode {
  type: 'term';
  text: string;
  prefix: boolean;
  span: Span;
}

export interface PhraseNode {
  type: 'phrase';
  text: string;
  prefix: boolean;
  span: Span;
}

export interface NearNode {
  type: 'near';
  terms: (TermNode | PhraseNode)[];
  distance: number;
  span: Span;
}

export interface FilterNode {
  type: 'filter';
  field: FieldName;
  /** The value as typed (without quotes). */
  raw: string;
  value: FilterValue;
  span: Span;
}

export interface AndNode {
  type: 'and';
  children: QueryNode[];
}

export interface OrNode {
  type: 'or';
  children: QueryNode[];
}

export interface NotNode {
  type: 'not';
  child: QueryNode;
  span: Span;
}

export type TextNode = TermNode | PhraseNode | NearNode;
export type QueryNode = TextNode | FilterNode | AndNode | OrNode | NotNode;

export interface ParsedQuery {
  /** null for an empty query (browse everything) or when there are errors. */
  ast: QueryNode | null;
  errors: QueryError[];
}
