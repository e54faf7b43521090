// Repairs drift between the index and what the sync state says was sent (an index restored
// from an old snapshot, records deleted by hand, another tool's writes): records the catalog
// no longer has are deleted, and any filing whose indexed revision or hash differs from the
// sync state, or that is missing, is forgotten so the sync that follows sends it again.
import type { Client } from '@opensearch-project/opensearch';
import type { Db } from '../db/open';
import { walkHits, withPit } from './paging';
import { ensureIndex, syncToOpenSearch, type SyncOptions, type SyncSummary } from './sync';

export interface ReconcileSummary extends SyncSummary {
  /** Filings whose indexed record differed from the sync state (or was missing). */
  repaired: number;
  /** Records in the index of filings the catalog does not have. */
  strays: number;
}

interface Indexed {
  version: number;
  hash: string | undefined;
}

async function indexedRecords(client: Client, index: string): Promise<Map<number, Indexed>> {
  const out = new Map<number, Indexed>();
  const q = { index, body: { sort: [{ id: 'asc' }], version: true, _source: ['hash'] } };
  await withPit(client, index, async (pitId) => {
    for await (const hits of walkHits(client, q, pitId, { chunk: 1000 })) {
      for (const h of hits as unknown as { _id: string; _version: number; _source?: { hash?: string } }[])
        out.set(Number(h._id), { version: h._version, hash: h._source?.hash });
    }
  });
  return out;
}

export async function reconcileOpenSearch(db: Db, client: Client, opts: SyncOptions): Promise<ReconcileSummary> {
  await ensureIndex(client, opts.index, opts);
  const indexed = await indexedRecords(client, opts.index);
  const state = db
    .prepare<[string], { filing_id: number; revision: number; hash: string }>(
      'SELECT filing_id, revision, hash FROM opensearch_sync WHERE target = ?',
    )
    .all(opts.target);
  const known = new Set(db.prepare<[], number>('SELECT id FROM filings').pluck().all());
  const forget = db.prepare('DELETE FROM opensearch_sync WHERE target = ? AND filing_id = ?');
  let repaired = 0;
  db.transaction(() => {
    for (const s of state) {
      const got = indexed.get(s.filing_id);
      if (!got || got.version !== s.revision || got.hash !== s.hash) {
        forget.run(opts.target, s.filing_id);
        repaired++;
      }
    }
  })();
  const stateIds = new Set(state.map((s) => s.filing_id));
  const strays = [...indexed.keys()].filter((id) => !known.has(id) && !stateIds.has(id));
  if (strays.length) {
    await client.bulk({ body: strays.map((id) => ({ delete: { _index: opts.index, _id: String(id) } })) });
  }
  const summary = await syncToOpenSearch(db, client, opts);
  return { ...summary, repaired, strays: strays.length };
}
