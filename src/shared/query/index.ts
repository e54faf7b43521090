// The search query language, shared by the core (which compiles it to SQL) and the renderer
// (which checks and highlights it as it is typed).
export type * from './ast';
export { FIELD_NAMES, QUERY_FIELDS, checkFieldValue, isFieldName, type FieldInfo } from './fields';
export { MAX_DEPTH, MAX_TERMS, parseQuery } from './parser';
export { highlightQuery, type HighlightKind, type HighlightToken, type QueryHighlight } from './highlight';
export { addFilter, formatFilter, hasFilter, removeFilter, setFilter } from './edit';
export { lex, type LexKind, type LexToken } from './lexer';
