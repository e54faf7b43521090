// The OpenSearch client for a backend's settings (settings.ts).
import { readFileSync } from 'node:fs';
import { Client } from '@opensearch-project/opensearch';
import type { OpenSearchSettings } from './settings';

export function openSearchClient(
  s: OpenSearchSettings,
  opts: { requestTimeout?: number; maxRetries?: number } = {},
): Client {
  return new Client({
    node: s.url,
    auth: s.user ? { username: s.user, password: s.password ?? '' } : undefined,
    ssl:
      s.ca || s.cert
        ? {
            ca: s.ca ? readFileSync(s.ca) : undefined,
            cert: s.cert ? readFileSync(s.cert) : undefined,
            key: s.key ? readFileSync(s.key) : undefined,
            passphrase: s.passphrase,
          }
        : undefined,
    requestTimeout: opts.requestTimeout ?? 120_000,
    maxRetries: opts.maxRetries ?? 3,
  });
}
