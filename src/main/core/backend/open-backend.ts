// The backend a setting names: SQLite unless OpenSearch settings are given. The OpenSearch
// client is imported only then, so the embedded path starts as fast as before.
import type { Db } from '../db/open';
import type { OpenSearchSettings } from '../opensearch/settings';
import type { SearchBackend } from './search-backend';
import { sqliteBackend } from './sqlite-backend';

export async function openBackend(db: Db, dbPath: string, opensearch?: OpenSearchSettings): Promise<SearchBackend> {
  if (!opensearch) return sqliteBackend(db, dbPath);
  const { openSearchBackend } = await import('./opensearch-backend');
  return openSearchBackend(db, dbPath, opensearch);
}
