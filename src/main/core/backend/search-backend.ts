// The one search interface the API handlers, the archive process and the CLI talk to. The
// embedded SQLite core answers everything (sqlite-backend.ts); the OpenSearch backend
// (opensearch-backend.ts) answers search, timeline, count and iterate through the cluster
// and takes the rest (a filing, a document, related filings, suggestions, browsing, counts)
// from the SQLite catalog of record, which holds the texts and facts it sends.
import type {
  BrowseCompaniesRequest,
  CompaniesRequest,
  CompanySummary,
  DocumentRequest,
  DocumentView,
  FilingDetail,
  RelatedFilings,
  SearchRequest,
  SearchResponse,
  SearchResult,
  SortKey,
  SortOrder,
  Stats,
  SuggestRequest,
  Suggestion,
  TimelineRequest,
  TimelineResponse,
} from '../../../shared/api/types';
import type { Company } from '../../../shared/filing';
import type { BackendName } from '../opensearch/settings';

export type { BackendName };

export interface IterateRequest {
  query: string;
  sort?: SortKey;
  order?: SortOrder;
  /** Only these filings (still ordered by `sort`); absent means the whole result set. */
  ids?: readonly number[];
  /** Cut a snippet for each row (costs a document read per row). */
  snippets?: boolean;
}

export interface SearchBackend {
  readonly name: BackendName;
  /** Where it answers from: the database path, or the cluster's URL and index. */
  readonly location: string;
  /** Throws QuerySyntaxError (with a position) for a malformed query. */
  search(req: SearchRequest): Promise<SearchResponse>;
  timeline(req: TimelineRequest): Promise<TimelineResponse>;
  /** The number of filings a query matches; an export passes the sort it will iterate in. */
  count(query: string, sort?: SortKey): Promise<number>;
  /** Every result of a query in order, for export: memory stays flat however many there are. */
  iterate(req: IterateRequest): AsyncIterable<SearchResult>;
  filing(id: number): Promise<FilingDetail | null>;
  /** A page of a filing's companies; null when there is no such filing. */
  filingCompanies(
    id: number,
    page: Required<Omit<CompaniesRequest, 'id'>>,
  ): Promise<{ total: number; companies: Company[] } | null>;
  document(req: DocumentRequest): Promise<DocumentView | null>;
  related(id: number): Promise<RelatedFilings>;
  suggest(req: SuggestRequest): Promise<Suggestion[]>;
  browse(req: BrowseCompaniesRequest): Promise<{ total: number; companies: CompanySummary[] }>;
  stats(): Promise<Stats>;
  /** Releases what the backend holds (a client's sockets); the database is its opener's. */
  close(): Promise<void>;
}
