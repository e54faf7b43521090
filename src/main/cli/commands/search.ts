// `cli search "QUERY" [--db PATH] [--limit N] [--offset N] [--sort KEY] [--order asc|desc]
// [--facets] [--json]`. With --json: { total, results: [...], facets? } on one line. Exit 2
// for a malformed query (one line naming the position) or bad options; a missing or empty
// index answers {"total":0,"results":[]}.
import { existsSync } from 'node:fs';
import type { SearchResponse, SearchResult, SortKey, SortOrder } from '../../../shared/api/types';
import { openDatabase } from '../../core/db/open';
import { openBackend } from '../../core/backend/open-backend';
import { QuerySyntaxError } from '../../core/search';
import type { OpenSearchSettings } from '../../core/opensearch/settings';
import { BACKEND_OPTIONS, BACKEND_USAGE, openSearchOptionFrom } from '../backend-options';
import { dbPathFrom, parseCliArgs, UsageError } from '../args';
import type { Command } from '../command';

const USAGE =
  'usage: npm run --silent cli -- search "QUERY" [--db PATH] [--limit N] [--offset N] ' +
  '[--sort relevance|filed|period|date|company|form] [--order asc|desc] [--facets] [--json] ' +
  BACKEND_USAGE;
const SORTS: readonly SortKey[] = ['relevance', 'filed', 'period', 'date', 'company', 'form'];

interface Options {
  query: string;
  dbPath: string;
  limit: number;
  offset: number;
  sort: SortKey;
  order?: SortOrder;
  facets: boolean;
  json: boolean;
  /** Set when OpenSearch answers (the database stays the catalog the rows are read from). */
  opensearch?: OpenSearchSettings;
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a non-negative integer`);
  return Number(value);
}

function parseOptions(args: string[]): Options {
  const { values, positionals } = parseCliArgs(args, {
    limit: { type: 'string' },
    offset: { type: 'string' },
    sort: { type: 'string' },
    order: { type: 'string' },
    facets: { type: 'boolean' },
    json: { type: 'boolean' },
    ...BACKEND_OPTIONS,
  });
  const opensearch = openSearchOptionFrom(values);
  if (positionals.length !== 1) throw new UsageError('expected exactly one QUERY argument');
  const sort = (values.sort ?? 'relevance') as SortKey;
  if (!SORTS.includes(sort)) throw new UsageError(`--sort takes one of ${SORTS.join(', ')}`);
  if (values.order !== undefined && values.order !== 'asc' && values.order !== 'desc') {
    throw new UsageError('--order takes asc or desc');
  }
  return {
    query: positionals[0],
    dbPath: dbPathFrom(values),
    limit: count(values.limit, 'limit', 20),
    offset: count(values.offset, 'offset', 0),
    sort,
    order: values.order as SortOrder | undefined,
    facets: values.facets === true,
    json: values.json === true,
    opensearch,
  };
}

/** The contract's keys first, then the rest of the result (id, key, items, snippetHits, docId). */
function jsonResult(r: SearchResult) {
  const { accessionNumber, formType, filedDate, periodOfReport, companies, paths, score, snippet, ...rest } = r;
  return { accessionNumber, formType, filedDate, periodOfReport, companies, paths, score, snippet, ...rest };
}

function listing(res: SearchResponse, offset: number): string {
  const lines = [`${res.total} filing${res.total === 1 ? '' : 's'}`];
  res.results.forEach((r, k) => {
    const who = r.companies[0]
      ? `${r.companies[0].name ?? '?'}${r.companies[0].cik ? ` (CIK ${r.companies[0].cik})` : ''}`
      : '-';
    const date = `${r.date ?? '-'}${r.dateKind === 'report' ? ' (report)' : ''}`;
    lines.push(`${String(offset + k + 1).padStart(5)}. ${r.formType ?? '-'}  ${date}  ${who}`);
    lines.push(`       ${r.accessionNumber ?? r.key}  ${r.paths[0] ?? ''}`);
    if (r.snippet) lines.push(`       ${r.snippet}`);
  });
  for (const [name, values] of Object.entries(res.facets ?? {})) {
    lines.push(`${name}: ${values.map(([v, n]) => `${v} (${n})`).join(', ') || '-'}`);
  }
  return lines.join('\n') + '\n';
}

/** An index with no schema yet (a fresh or foreign file) answers like an empty one. */
function hasSchema(dbPath: string): boolean {
  if (!existsSync(dbPath)) return false;
  const db = openDatabase(dbPath, { readonly: true });
  try {
    return (db.pragma('user_version', { simple: true }) as number) > 0;
  } finally {
    db.close();
  }
}

async function run(o: Options): Promise<SearchResponse> {
  if (!hasSchema(o.dbPath)) return { total: 0, results: [] };
  const db = openDatabase(o.dbPath, { readonly: true });
  const req = { query: o.query, limit: o.limit, offset: o.offset, sort: o.sort, order: o.order, facets: o.facets };
  const backend = await openBackend(db, o.dbPath, o.opensearch);
  try {
    return await backend.search(req);
  } finally {
    await backend.close();
    db.close();
  }
}

export const searchCommand: Command = {
  summary: 'Search the index',
  usage: USAGE,
  async run(args) {
    let o: Options;
    try {
      o = parseOptions(args);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      process.stderr.write(`error: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    let res: SearchResponse;
    try {
      res = await run(o);
    } catch (err) {
      if (!(err instanceof QuerySyntaxError)) throw err;
      process.stderr.write(`error: invalid query: ${err.message}\n`);
      return 2;
    }
    if (o.json) {
      const { total, results, facets } = res;
      const out = facets
        ? { total, results: results.map(jsonResult), facets }
        : { total, results: results.map(jsonResult) };
      process.stdout.write(JSON.stringify(out) + '\n');
    } else {
      process.stdout.write(listing(res, o.offset));
    }
    return 0;
  },
};
