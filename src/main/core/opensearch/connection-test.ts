// "Test connection": asks the cluster who it is and how many filings its index holds, with a
// short timeout and no retries, and turns every failure into one sentence a person can act
// on (nothing listening, a name that does not resolve, a certificate refused, credentials
// refused, no such index).
import type { ConnectionTest } from '../../../shared/api/types';
import { CONNECT_TIMEOUT_MS, reason } from './client-errors';
import { openSearchClient } from './connection';
import type { OpenSearchSettings } from './settings';

export async function testOpenSearchConnection(settings: OpenSearchSettings): Promise<ConnectionTest> {
  const t0 = performance.now();
  const took = () => Math.round(performance.now() - t0);
  let client;
  try {
    client = openSearchClient(settings, { requestTimeout: CONNECT_TIMEOUT_MS, maxRetries: 0 });
  } catch (err) {
    return { ok: false, message: `Could not connect: ${reason(err, settings.url)}.`, tookMs: took() };
  }
  try {
    const info = (await client.info()).body as { version?: { number?: string }; cluster_name?: string };
    const engine = `OpenSearch ${info.version?.number ?? '(unknown version)'} (cluster ${info.cluster_name ?? '?'})`;
    const exists = (await client.indices.exists({ index: settings.index })).body as unknown as boolean;
    if (!exists) {
      return {
        ok: true,
        message: `Connected to ${engine}; the index ${settings.index} does not exist yet (index a folder with the OpenSearch backend to create it).`,
        tookMs: took(),
      };
    }
    const count = (await client.count({ index: settings.index })).body as { count: number };
    return {
      ok: true,
      message: `Connected to ${engine}; the index ${settings.index} holds ${count.count.toLocaleString('en-US')} filings.`,
      tookMs: took(),
    };
  } catch (err) {
    return { ok: false, message: `Could not connect: ${reason(err, settings.url)}.`, tookMs: took() };
  } finally {
    await client.close().catch(() => undefined);
  }
}
