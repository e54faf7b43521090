// The OpenSearch client for a backend's settings (settings.ts).
import { readFileSync } from 'node:fs';
import { Client } from '@opensearch-project/opensearch';
import type { OpenSearchSettings } from './settings';

export function openSearchClient(s: OpenSearchSettings): Client {
  return new Client({
    node: s.url,
    auth: s.user ? { username: s.user, password: s.password ?? '' } : undefined,
    ssl: s.ca ? { ca: readFileSync(s.ca) } : undefined,
    requestTimeout: 120_000,
    maxRetries: 3,
  });
}
