// The search query language, shared by the core (which compiles it to SQL) and the renderer
// (which checks and highlights it as it is typed).
export type * from './ast';
export { FIELD_NAMES, QUERY_FIELDS, checkFieldValue, isFieldName, type FieldInfo } from './fields';
export { MAX_DEPTH, MAX_TERMS, parseQuery } from './parser';
export { highlightQuery, type HighlightKind, type HighlightToken, type QueryHighlight } from './highlight';
export {
  addFilter,
  formatFilter,
  formatGroup,
  hasFilter,
  removeFilter,
  removeGroups,
  setFilter,
  toggleFilter,
} from './edit';
export { canonicalValue, filterGroups, groupWith, sameValue, type FilterGroup } from './groups';
export { FACET_FIELD, queriesBesideSelection } from './facet-selection';
export { lex, type LexKind, type LexToken } from './lexer';
