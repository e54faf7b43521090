// The archive's search: query -> SQL + FTS5, ranking, snippets, facets, timeline, detail.
export { searchRemembering } from './asked';
export { browseCompanies } from './browse';
export { getDocument } from './document';
export { QuerySyntaxError } from './errors';
export { filingCompanies, getFiling } from './filing';
export { related } from './related';
export { countResults, iterateResults, search, timeline, type IterateOptions } from './search';
export { suggest } from './suggest';
