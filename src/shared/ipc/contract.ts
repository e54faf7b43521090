// The one IPC contract. Main registers a handler per channel, the preload exposes one
// function per channel, the renderer calls them, and the loopback transport (e2e tests)
// serves the same channels over HTTP. Every request is validated against its schema in the
// main process before any work; responses are typed only (they come from our own code).
import { z } from 'zod';
import type {
  FileErrorGroup,
  ArchiveRoot,
  ArchiveStatus,
  BackendSettingsView,
  ConnectionTest,
  CompanySummary,
  DocumentView,
  ExportOutcome,
  ExportReveal,
  ExportProgress,
  FileError,
  FilingDetail,
  IndexProgress,
  IndexSummary,
  RelatedFilings,
  SearchResponse,
  Suggestion,
  TimelineResponse,
} from '../api/types';
import { DOCUMENT_HIT_PAGE, DOCUMENT_TEXT_PAGE, EXPORT_COLUMNS, FILING_COMPANIES_PAGE } from '../api/types';
import type { Company } from '../filing';

const MAX_QUERY = 20_000;
const query = z.string().max(MAX_QUERY);
const id = z.number().int().nonnegative();
const limit = z.number().int().min(1).max(10_000).optional();
/** A search may ask for no rows (counts and facets only). */
const searchLimit = z.number().int().min(0).max(10_000).optional();
const offset = z.number().int().min(0).optional();
const sort = z.enum(['relevance', 'filed', 'period', 'date', 'company', 'form']).optional();
const order = z.enum(['asc', 'desc']).optional();
const nothing = z.undefined().or(z.null()).or(z.object({}).strict());

/** Declares a channel: its request schema, and its response as a phantom type. */
const channel =
  <Res>() =>
  <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });

const path = z.string().min(1).max(4096);
const optionalPath = z.string().max(4096);

const backendSettingsUpdate = z
  .object({
    backend: z.enum(['sqlite', 'opensearch']),
    url: z.string().max(2048),
    index: z.string().max(255),
    auth: z.enum(['none', 'basic', 'certificate']),
    user: z.string().max(256),
    caFile: optionalPath,
    certFile: optionalPath,
    keyFile: optionalPath,
    secret: z.string().max(4096).nullable().optional(),
  })
  .strict();

export const contract = {
  'archive:status': channel<ArchiveStatus>()(nothing),
  /** Shows the native folder picker, adds the folder as an archive root. null when dismissed. */
  'archive:chooseFolder': channel<ArchiveRoot | null>()(nothing),
  'archive:addRoot': channel<ArchiveRoot>()(z.object({ path }).strict()),
  'archive:openSample': channel<ArchiveRoot>()(nothing),
  'archive:removeRoot': channel<null>()(z.object({ id }).strict()),
  'archive:revealRoot': channel<null>()(z.object({ id }).strict()),
  'archive:errors': channel<{ total: number; errors: FileError[]; groups?: FileErrorGroup[] }>()(
    z.object({ limit, offset, kind: z.enum(['error', 'not-a-filing']).optional() }).strict(),
  ),

  'index:start': channel<null>()(z.object({ rootIds: z.array(id).max(1000).optional() }).strict()),
  'index:cancel': channel<null>()(nothing),

  'search:query': channel<SearchResponse>()(
    z
      .object({
        query,
        sort,
        order,
        limit: searchLimit,
        offset,
        facets: z.boolean().optional(),
        facetLimit: z.number().int().min(1).max(1000).optional(),
        facetsBesideSelection: z.boolean().optional(),
        deferSectionFacet: z.boolean().optional(),
      })
      .strict(),
  ),
  'search:timeline': channel<TimelineResponse>()(z.object({ query, granularity: z.enum(['year', 'month']) }).strict()),
  'search:suggest': channel<Suggestion[]>()(
    z
      .object({
        field: z.enum(['form', 'company', 'state', 'item', 'sic', 'cik', 'exhibit']),
        prefix: z.string().max(200),
        limit,
      })
      .strict(),
  ),
  'browse:companies': channel<{ total: number; companies: CompanySummary[] }>()(
    z.object({ prefix: z.string().max(200).optional(), limit, offset }).strict(),
  ),

  'filing:get': channel<FilingDetail>()(z.object({ id }).strict()),
  'filing:document': channel<DocumentView>()(
    z
      .object({
        docId: id,
        query: query.optional(),
        textOffset: offset,
        textLimit: z.number().int().min(1).max(DOCUMENT_TEXT_PAGE).optional(),
        hitLimit: z.number().int().min(1).max(DOCUMENT_HIT_PAGE).optional(),
      })
      .strict(),
  ),
  /** Companies of a filing past the first page that 'filing:get' returns. */
  'filing:companies': channel<{ total: number; companies: Company[] }>()(
    z
      .object({
        id,
        offset,
        limit: z
          .number()
          .int()
          .min(1)
          .max(FILING_COMPANIES_PAGE * 10)
          .optional(),
      })
      .strict(),
  ),
  'filing:related': channel<RelatedFilings>()(z.object({ id }).strict()),
  'filing:openFile': channel<null>()(z.object({ path }).strict()),
  'filing:revealFile': channel<null>()(z.object({ path }).strict()),
  'shell:openExternal': channel<null>()(z.object({ url: path }).strict()),

  /** Asks for a destination with the native save dialog, then streams the CSV there. */
  'export:csv': channel<ExportOutcome>()(
    z
      .object({
        query,
        sort,
        order,
        ids: z.array(id).max(1_000_000).optional(),
        columns: z.array(z.enum(EXPORT_COLUMNS)).min(1).max(EXPORT_COLUMNS.length),
        bom: z.boolean(),
        sidecar: z.boolean().optional(),
      })
      .strict(),
  ),
  /** Asks for a destination with the native save dialog, then streams every hit of the query there (cli kwic). */
  'export:kwic': channel<ExportOutcome>()(
    z
      .object({
        query,
        window: z.number().int().min(0).max(1000).optional(),
        summary: z.boolean().optional(),
      })
      .strict(),
  ),
  /** Cancels the export under way ('export:csv' or 'export:kwic'). */
  'export:cancel': channel<null>()(nothing),

  /** The search backend's settings, without secrets (only whether one is stored). */
  'settings:backend': channel<BackendSettingsView>()(nothing),
  /** Stores the settings (a secret encrypted at the Electron edge) and switches the backend. */
  'settings:saveBackend': channel<BackendSettingsView>()(backendSettingsUpdate),
  /** Connects with these settings (the stored secret when none is given) and says what answered. */
  'settings:testBackend': channel<ConnectionTest>()(backendSettingsUpdate),
  /** Shows a file an export of this session wrote in its folder; any other path is refused. */
  'export:reveal': channel<ExportReveal>()(z.object({ path }).strict()),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];

/** Events pushed from main to the renderer. */
export interface Events {
  'index:progress': IndexProgress;
  'index:done': IndexSummary;
  'export:progress': ExportProgress;
  /** The index changed (a run or the folder watcher wrote something): refresh views. */
  'archive:changed': { at: number };
}
export type EventName = keyof Events;
/** The event names as data; defined in names.ts so the sandboxed preload can use them without zod. */
export { EVENT_NAMES } from './names';

export const CHANNELS = Object.keys(contract) as Channel[];
