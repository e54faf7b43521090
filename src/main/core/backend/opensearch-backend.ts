// The OpenSearch backend: search, timeline, count and iterate go to the cluster; a filing, a
// document, related filings, suggestions, browsing and the counts come from the SQLite
// catalog of record (it holds the texts, facts and sync state the index is built from).
// Loaded only when asked for, so the embedded path never loads the client.
import type { Db } from '../db/open';
import { reaching } from '../opensearch/client-errors';
import { openSearchClient } from '../opensearch/connection';
import {
  openSearchCount,
  openSearchIterate,
  openSearchSearch,
  openSearchTimeline,
  type OpenSearchTarget,
} from '../opensearch/search';
import type { OpenSearchSettings } from '../opensearch/settings';
import type { SearchBackend } from './search-backend';
import { sqliteBackend } from './sqlite-backend';

export function openSearchBackend(
  db: Db,
  dbPath: string,
  settings: OpenSearchSettings,
  opts: { window?: number } = {},
): SearchBackend {
  const client = openSearchClient(settings);
  const target: OpenSearchTarget = { client, index: settings.index, window: opts.window };
  return {
    ...sqliteBackend(db, dbPath),
    name: 'opensearch',
    location: `${settings.url}/${settings.index}`,
    search: (req) => reaching(settings.url, () => openSearchSearch(db, target, req)),
    timeline: (req) => reaching(settings.url, () => openSearchTimeline(target, req)),
    count: (query) => reaching(settings.url, () => openSearchCount(target, query)),
    iterate: (req) => openSearchIterate(db, target, req),
    close: () => client.close(),
  };
}
