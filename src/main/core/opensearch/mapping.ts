// The OpenSearch index of filings: one record per filing, its documents nested, so text
// matches per document (as FTS5 does) while totals, facets and the timeline count filings.
import { analysisSettings, TEXT_ANALYZER } from './analysis';

/** The index name for an archive; one index per archive (its catalog database). */
export const DEFAULT_INDEX = 'edgar-filings';

export interface IndexOptions {
  shards?: number;
  replicas?: number;
}

const keyword = { type: 'keyword' } as const;

export function indexDefinition(opts: IndexOptions = {}): Record<string, unknown> {
  return {
    settings: {
      number_of_shards: opts.shards ?? 1,
      number_of_replicas: opts.replicas ?? 0,
      // Real filings carry hundreds of thousands of tokens; analysis is not capped per request.
      'analyze.max_token_count': 2_000_000,
      // Some filings hold thousands of documents (exhibits, graphics).
      'mapping.nested_objects.limit': 100_000,
      analysis: analysisSettings(),
    },
    mappings: {
      dynamic: 'strict',
      properties: {
        id: { type: 'integer' },
        key: keyword,
        accession: keyword,
        form: keyword,
        /** The form as EDGAR's code (normalizeFormCode), for form: filters. */
        formCode: keyword,
        year: { type: 'integer' },
        filed: keyword,
        period: keyword,
        /** The filing's one date (filed, else report), its year (the year facet) and month (the timeline). */
        date: keyword,
        dateYear: keyword,
        dateMonth: keyword,
        company: keyword,
        companySort: keyword,
        cik: keyword,
        /** Every company name, folded as the query language folds (company: substring filters). */
        names: keyword,
        ciks: keyword,
        states: keyword,
        sics: keyword,
        items: keyword,
        /** Document types and 'EX-' + listed exhibit numbers (exhibit: filters). */
        exhibits: keyword,
        /** Folded file paths (file: substring filters). */
        paths: keyword,
        /** The sync's revision of this record (also its external version) and the record's hash. */
        revision: { type: 'long' },
        hash: keyword,
        documents: {
          type: 'nested',
          properties: {
            id: { type: 'integer' },
            ord: { type: 'integer' },
            type: keyword,
            head: { type: 'text', analyzer: TEXT_ANALYZER, norms: true },
            body: { type: 'text', analyzer: TEXT_ANALYZER, index_options: 'positions' },
            /**
             * The document's sections (10-K Items, 10-Q parts, 8-K items), each with its part of
             * the body, for section: queries (query-dsl.ts). Only filtered on, never scored.
             */
            sections: {
              type: 'nested',
              properties: {
                code: keyword,
                /** The printed title, folded as the query language folds (section:"risk factors"). */
                title: keyword,
                text: { type: 'text', analyzer: TEXT_ANALYZER, index_options: 'positions', norms: false },
              },
            },
          },
        },
      },
    },
  };
}
