// Request and response shapes of the archive API. The IPC contract (../ipc/contract.ts),
// the core's handlers, the loopback transport and the renderer all use these.
import type { DateKind, DocumentFormat, Filing } from '../filing';

// ---------- library and indexing ----------

export interface ArchiveRoot {
  id: number;
  path: string;
  addedAt: number;
  lastIndexedAt: number | null;
  files: number;
  /**
   * The folder is missing or unreadable (an unplugged disk): its filings are kept and still
   * searchable, and it is left out of indexing until it is back. Set by archive:status.
   */
  offline?: boolean;
}

export type IndexPhase = 'scanning' | 'parsing' | 'writing' | 'finishing';

export interface IndexProgress {
  phase: IndexPhase;
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  currentFile: string | null;
  /** Input megabytes per second over the run so far. */
  mbPerSecond: number;
  etaSeconds: number | null;
  errors: number;
  /** Filings and documents in the index after the run's last commit (the whole archive, not this run's share). */
  filings: number;
  documents: number;
  /** Batches this run has committed so far: each one is searchable as soon as it counts here. */
  commits: number;
}

/** The `cli index --json` summary; also what the app receives when a run ends. */
export interface IndexSummary {
  filesSeen: number;
  filesIndexed: number;
  filesSkipped: number;
  filesRemoved: number;
  filings: number;
  errors: FileError[];
  seconds: number;
  cancelled?: boolean;
}

export interface FileError {
  path: string;
  reason: string;
  /**
   * 'not-a-filing': the file was read and is not a filing (an EDGAR index file, a README, a
   * PDF...), listed as skipped; 'error': it could not be read or parsed.
   */
  kind?: FileErrorKind;
}

export type FileErrorKind = 'error' | 'not-a-filing';

/** Files not indexed for one reason (details such as sizes left out), for the grouped list. */
export interface FileErrorGroup {
  kind: FileErrorKind;
  reason: string;
  count: number;
}

export interface ArchiveStatus {
  dbPath: string;
  roots: ArchiveRoot[];
  filings: number;
  documents: number;
  companies: number;
  /** Files that could not be read or parsed (not those skipped as not a filing). */
  errorCount: number;
  /** Files skipped because they are not filings (EDGAR index files, READMEs, images...). */
  notFilingCount?: number;
  lastIndexedAt: number | null;
  /** Non-null while an indexing run is under way. */
  indexing: IndexProgress | null;
  /**
   * False until the check at start (every folder, for changes made while the app was closed)
   * has finished: results may be out of date until then. `lastIndexedAt` is when the folders
   * were last checked.
   */
  upToDate?: boolean;
  /** Which backend answers searches (the status line names it). */
  backend?: BackendStatus;
}

// ---------- search backend settings ----------

export type BackendKind = 'sqlite' | 'opensearch';
/** How the app authenticates to OpenSearch: none, a user and password, or a client certificate. */
export type BackendAuth = 'none' | 'basic' | 'certificate';

/** The backend settings the page may see: never a password or a key's passphrase. */
export interface BackendSettings {
  backend: BackendKind;
  /** The cluster's address (http or https), used when `backend` is 'opensearch'. */
  url: string;
  index: string;
  auth: BackendAuth;
  /** The user of basic authentication. */
  user: string;
  /** A CA certificate (PEM file) for a cluster with its own certificate authority; '' for none. */
  caFile: string;
  /** The client certificate and its key (PEM files) of certificate authentication. */
  certFile: string;
  keyFile: string;
}

export interface BackendSettingsView extends BackendSettings {
  /** Whether a password (basic) or key passphrase (certificate) is stored; it never leaves the app's main side. */
  secretSet: boolean;
  /** Whether this system can store secrets encrypted (Electron safeStorage). */
  secretStorage: boolean;
}

export interface BackendSettingsUpdate extends BackendSettings {
  /** A new password or passphrase; absent keeps the stored one, null removes it. */
  secret?: string | null;
}

export interface ConnectionTest {
  ok: boolean;
  /** One sentence: what answered (version, index, filings), or why nothing did. */
  message: string;
  tookMs: number;
}

export interface BackendStatus {
  name: BackendKind;
  /** The database path, or the cluster's URL and index. */
  location: string;
}

export interface Stats {
  filings: number;
  documents: number;
  companies: number;
  files: number;
  /** Files not indexed: real errors and files skipped as not a filing, as before. */
  errors: number;
  /** Of `errors`, the files skipped as not a filing (`errors - notFilings` are real errors). */
  notFilings: number;
  byForm: Record<string, number>;
  dbBytes: number;
}

// ---------- search ----------

/** `date`: the filing's date (filed, else report); `filed`: the filed date only. */
export type SortKey = 'relevance' | 'filed' | 'period' | 'date' | 'company' | 'form';
export type SortOrder = 'asc' | 'desc';
/** `section`: filings per section code (10-K Item 7, …) holding a hit; text queries only (else empty). */
export type FacetName = 'form' | 'year' | 'company' | 'state' | 'sic' | 'item' | 'section';

export interface SearchRequest {
  query: string;
  sort?: SortKey;
  /** Default: desc for relevance and dates, asc for company and form. */
  order?: SortOrder;
  limit?: number;
  offset?: number;
  facets?: boolean;
  /** Max values per facet (company facet shows "more" beyond it). */
  facetLimit?: number;
  /**
   * Each facet with a selection in the query (a top-level group of its field, as
   * `shared/query/groups.ts` reads it) counts over the query without that group, so its other
   * values stay clickable; the other facets count the query as it is. Off: every facet counts
   * the query's own results (what `cli search --facets` prints).
   */
  facetsBesideSelection?: boolean;
  /**
   * Leave the section facet out of this answer when counting it means reading the matching
   * documents (a text query): `facets.section` is empty, `pendingFacets` names it and
   * `facetNotes.section` says it is being counted. The same request without this flag
   * (limit 0 is enough) counts it. The app asks so, to show results before the documents
   * are read (up to a second on an archive of large filings).
   */
  deferSectionFacet?: boolean;
}

export interface ResultCompany {
  name: string | null;
  cik: string | null;
  role: string;
  /** State or country of incorporation (2 letters), as the header gives it (search results fill it). */
  state?: string | null;
  /** 4-digit SIC code (search results fill it). */
  sic?: string | null;
}

export interface SearchResult {
  /** Filing row id: stable for the life of the index, used to open and select. */
  id: number;
  key: string;
  accessionNumber: string | null;
  formType: string | null;
  filedDate: string | null;
  periodOfReport: string | null;
  /** The primary company's SEC file number (e.g. 001-12345). */
  fileNumber: string | null;
  /** The filing's date: filedDate, else periodOfReport; null when it states neither. */
  date: string | null;
  /** Which of the two `date` is. */
  dateKind: DateKind | null;
  companies: ResultCompany[];
  items: string[];
  paths: string[];
  /** bm25-based, larger is better; null when the query has no text part. */
  score: number | null;
  /** Plain text around the best hit ('' when the query has no text part). */
  snippet: string;
  /** [start, end) character offsets of the hits inside `snippet`. */
  snippetHits: [number, number][];
  /** The document the snippet was cut from. */
  docId: number | null;
  /** The section (10-K/10-Q/8-K/20-F Item) holding the snippet's first hit, when known. */
  section?: { code: string; title: string } | null;
}

export type FacetCounts = Record<FacetName, [string, number][]>;

export interface SearchResponse {
  total: number;
  results: SearchResult[];
  facets?: FacetCounts;
  /** Why a facet is empty although it may have values (the section facet past its limit). */
  facetNotes?: Partial<Record<FacetName, string>>;
  /** Facets left out of this answer (SearchRequest.deferSectionFacet): ask again without it. */
  pendingFacets?: FacetName[];
  /** Milliseconds spent in the core. */
  tookMs?: number;
}

export interface TimelineRequest {
  query: string;
  granularity: 'year' | 'month';
}

export interface TimelineResponse {
  granularity: 'year' | 'month';
  /** ["2004", 12] or ["2004-03", 4], ascending. */
  buckets: [string, number][];
}

export type SuggestField = 'form' | 'company' | 'state' | 'item' | 'sic' | 'cik' | 'exhibit';

export interface SuggestRequest {
  field: SuggestField;
  prefix: string;
  limit?: number;
}

export interface Suggestion {
  value: string;
  label: string;
  count: number;
}

// ---------- browse and detail ----------

export interface BrowseCompaniesRequest {
  prefix?: string;
  limit?: number;
  offset?: number;
}

export interface CompanySummary {
  name: string;
  cik: string | null;
  filings: number;
  formerNames: string[];
  state: string | null;
  sic: string | null;
}

export interface DocumentSummary {
  id: number;
  sequence: number | null;
  type: string | null;
  filename: string | null;
  description: string | null;
  format: DocumentFormat;
  textChars: number;
}

/** A stored filing as the detail view shows it: the parsed facts, its documents as stored, and its paths. */
export interface FilingDetail extends Omit<Filing, 'documents'> {
  id: number;
  key: string;
  documents: DocumentSummary[];
  paths: string[];
  /**
   * Companies of the filing in all. `companies` holds the first FILING_COMPANIES_PAGE of
   * them (a filing may name a million); the rest come from 'filing:companies'.
   */
  companiesTotal: number;
}

/** Companies in the first answer of 'filing:get'; more on request. */
export const FILING_COMPANIES_PAGE = 200;

export interface CompaniesRequest {
  id: number;
  offset?: number;
  limit?: number;
}

/** Characters of a document's text in one answer of 'filing:document'. */
export const DOCUMENT_TEXT_PAGE = 2_000_000;
/**
 * Characters the viewer asks for first, and then at each step as the reader scrolls, until
 * a part holds DOCUMENT_TEXT_PAGE: the first paint of a huge document lays out a few hundred
 * KB of text (and its hits), not 2 MB with thousands of marks.
 */
export const DOCUMENT_VIEW_STEP = 250_000;
/** Hits in one answer of 'filing:document'. */
export const DOCUMENT_HIT_PAGE = 5_000;
/**
 * How far past the part asked for 'filing:document' counts hits: at most this many hits and
 * characters. A 200 MB text opened with a common word has millions of hits; counting them all
 * before the first part can be shown took seconds. Past the bound the count is a lower bound.
 */
export const DOCUMENT_HIT_COUNT_AHEAD = { hits: 10_000, chars: 4_000_000 };

export interface DocumentRequest {
  docId: number;
  /** When given, every hit of the query's text part is located in the text. */
  query?: string;
  /** The part of the text to return: from this offset (default 0)... */
  textOffset?: number;
  /** ...this many characters at most (default DOCUMENT_TEXT_PAGE). */
  textLimit?: number;
  /** Hits to return at most, the first ones starting in that part (default DOCUMENT_HIT_PAGE). */
  hitLimit?: number;
}

export interface DocumentView {
  docId: number;
  format: DocumentFormat;
  /** The requested part of the text: the whole text from `textOffset`, at most `textLimit` characters. */
  text: string;
  /**
   * [start, end) offsets of the hits starting in `text`, in order, at most `hitLimit`. The
   * offsets are into the whole text: subtract `textOffset` for offsets into `text`.
   */
  hits: [number, number][];
  /** Original HTML of an HTML document, read from the file (the viewer sanitises it); null otherwise. */
  html: string | null;
  /** Where `text` starts in the whole text, and the whole text's length. */
  textOffset: number;
  textChars: number;
  /**
   * Hits in the whole text (with `hitTotalCapped`, those up to DOCUMENT_HIT_COUNT_AHEAD past
   * this part: a lower bound), and how many of them come before `hits[0]` (always exact).
   */
  hitTotal: number;
  hitsBefore: number;
  /** True when counting stopped past this part: the text holds `hitTotal` hits or more. */
  hitTotalCapped?: boolean;
  /** The document's sections (Items), in text order, with [start, end) offsets in the whole text (`text` starts at `textOffset`). */
  sections?: { code: string; title: string; start: number; end: number }[];
}

export interface RelatedFilings {
  sameCompany: SearchResult[];
  sameFileNumber: SearchResult[];
  /**
   * The amendment family: for an original its amendments (`/A` of its form), for an amendment
   * its original and its other amendments; same company, file number and period of report
   * (schedules: the same filers instead of the period). Oldest first.
   */
  amendments: SearchResult[];
  /** The filing of the same company and form (the original form) just before this one by date. */
  previous: SearchResult | null;
  /** ... and just after it. */
  next: SearchResult | null;
}

// ---------- export ----------

export const EXPORT_COLUMNS = [
  'accessionNumber',
  'formType',
  'filedDate',
  'periodOfReport',
  'companyName',
  'cik',
  'role',
  'sic',
  'state',
  'fileNumber',
  'items',
  'documentCount',
  'path',
  'score',
  'snippet',
  'date',
  'dateKind',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export const DEFAULT_EXPORT_COLUMNS: ExportColumn[] = [
  'accessionNumber',
  'formType',
  'filedDate',
  'periodOfReport',
  'companyName',
  'cik',
  'items',
  'path',
];

export interface ExportRequest {
  query: string;
  sort?: SortKey;
  order?: SortOrder;
  /** Filing ids to export; absent means the whole result set of `query`. */
  ids?: number[];
  columns: ExportColumn[];
  bom: boolean;
  /**
   * Also write `<file>.json` beside the CSV: the request, the CSV's SHA-256 and the SHA-256 of
   * every source file behind its rows (core/export/sidecar.ts), to check or reproduce it later.
   */
  sidecar?: boolean;
}

export interface ExportProgress {
  rowsDone: number;
  rowsTotal: number;
  /** A hits export ('export:kwic'): rows are filings read, and this is the hit rows written so far. */
  hits?: number;
}

/** 'export:kwic': every hit of a query over its whole result set with N words each side (cli kwic). */
export interface KwicExportRequest {
  query: string;
  /** Words on each side of a hit (default 30). */
  window?: number;
  /** One row per filing with a count column per query term instead. */
  summary?: boolean;
}

export interface ExportOutcome {
  /** null when the user dismissed the save dialog or cancelled. */
  path: string | null;
  rows: number;
  cancelled: boolean;
  /** The reproducibility record written beside the CSV, when one was asked for. */
  sidecarPath?: string;
  /** A hits export: the filings read (rows are hits). */
  filings?: number;
}

/** What "Show in folder" did: `shown` is false where no file manager can be opened (the browser build). */
export interface ExportReveal {
  shown: boolean;
  /** The file's real path, to show the user when it could not be revealed. */
  path: string;
}

// ---------- errors across the boundary ----------

export type ApiErrorCode =
  | 'invalid-request'
  | 'query-syntax'
  | 'not-found'
  | 'busy'
  | 'unavailable'
  /** A newer request of the same window replaced this one before it ran. */
  | 'cancelled'
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** For query-syntax errors: the character offset of the problem. */
  position?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
