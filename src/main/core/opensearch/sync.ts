// Sends the SQLite catalog of record to an OpenSearch index: each filing's record with its
// revision as an external version, only when its content changed since it was last sent, and
// deletes for filings that are gone. What was sent is written to opensearch_sync after the
// engine acknowledged it, so a sync killed at any moment resumes where it stopped and never
// leaves the index different from a clean run's (same ids, same revisions): a record sent but
// not yet recorded comes back as a version conflict with the same hash, and is recorded.
import { createHash } from 'node:crypto';
import type { Client } from '@opensearch-project/opensearch';
import type { Db } from '../db/open';
import { indexDefinition, type IndexOptions } from './mapping';
import { filingIds, filingRecord, type FilingRecord } from './records';

export interface SyncOptions extends IndexOptions {
  index: string;
  /** Which cluster (its URL): the sync state is kept per target. */
  target: string;
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (p: { done: number; total: number }) => void;
}

export interface SyncSummary {
  filings: number;
  sent: number;
  unchanged: number;
  deleted: number;
  /** Records found in the index already (a sync resumed after a kill). */
  alreadySent: number;
  seconds: number;
  cancelled: boolean;
}

interface SyncRow {
  filing_id: number;
  revision: number;
  hash: string;
}

interface Pending {
  id: number;
  revision: number;
  hash: string;
  record: FilingRecord;
}

export function recordHash(r: FilingRecord): string {
  return createHash('sha256').update(JSON.stringify(r)).digest('hex');
}

/**
 * Creates the index when it is missing; on an existing one, puts the current mapping (fields
 * are only ever added, as documents.sections was, and the engine refuses a changed one), so an
 * index made by an older version takes the records this one sends.
 */
export async function ensureIndex(client: Client, index: string, opts: IndexOptions = {}): Promise<void> {
  const definition = indexDefinition(opts);
  const exists = await client.indices.exists({ index });
  if (exists.body) {
    const { properties } = definition.mappings as { properties: Record<string, unknown> };
    await client.indices.putMapping({ index, body: { properties } } as never);
    return;
  }
  await client.indices.create({ index, body: definition }, { ignore: [400] });
}

type BulkItem = Record<string, { status: number; _version?: number; error?: { type: string } }>;

export async function syncToOpenSearch(db: Db, client: Client, opts: SyncOptions): Promise<SyncSummary> {
  const started = performance.now();
  await ensureIndex(client, opts.index, opts);
  const state = new Map(
    db
      .prepare<[string], SyncRow>('SELECT filing_id, revision, hash FROM opensearch_sync WHERE target = ?')
      .all(opts.target)
      .map((r) => [r.filing_id, r]),
  );
  const record = db.prepare(
    `INSERT INTO opensearch_sync (target, filing_id, revision, hash, sent_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (target, filing_id) DO UPDATE SET revision = excluded.revision, hash = excluded.hash, sent_at = excluded.sent_at`,
  );
  const forget = db.prepare('DELETE FROM opensearch_sync WHERE target = ? AND filing_id = ?');
  const summary: SyncSummary = {
    filings: 0,
    sent: 0,
    unchanged: 0,
    deleted: 0,
    alreadySent: 0,
    seconds: 0,
    cancelled: false,
  };
  const ids = filingIds(db);
  summary.filings = ids.length;
  const batchSize = opts.batchSize ?? 50;
  let pending: Pending[] = [];

  const flush = async () => {
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    const body = batch.flatMap((p) => [
      { index: { _index: opts.index, _id: String(p.id), version: p.revision, version_type: 'external' } },
      { ...p.record, revision: p.revision, hash: p.hash },
    ]);
    const res = await client.bulk({ body });
    const items = (res.body as { items: BulkItem[] }).items;
    const done: Pending[] = [];
    const retry: Pending[] = [];
    for (let i = 0; i < batch.length; i++) {
      const r = items[i].index;
      if (r.status === 200 || r.status === 201) {
        done.push(batch[i]);
        summary.sent++;
      } else if (r.status === 409) retry.push(batch[i]);
      else throw new Error(`OpenSearch refused filing ${batch[i].id}: ${r.error?.type ?? r.status}`);
    }
    // A conflict: the index holds this revision or a newer one. The same content: it was sent
    // before a kill and not yet recorded. Other content: send it past the index's version.
    for (const p of retry) {
      const got = await client.get(
        { index: opts.index, id: String(p.id), _source_includes: ['hash'] },
        { ignore: [404] },
      );
      const doc = got.body as { _version?: number; _source?: { hash?: string } };
      if (doc._source?.hash === p.hash && doc._version !== undefined) {
        done.push({ ...p, revision: doc._version });
        summary.alreadySent++;
      } else {
        pending.push({ ...p, revision: (doc._version ?? p.revision) + 1 });
      }
    }
    const now = Date.now();
    db.transaction(() => {
      for (const p of done) record.run(opts.target, p.id, p.revision, p.hash, now);
    })();
    if (pending.length) await flush();
  };

  let done = 0;
  for (const id of ids) {
    if (opts.signal?.aborted) {
      summary.cancelled = true;
      break;
    }
    const rec = filingRecord(db, id);
    done++;
    if (!rec) continue;
    const hash = recordHash(rec);
    const prev = state.get(id);
    state.delete(id);
    if (prev && prev.hash === hash) {
      summary.unchanged++;
      continue;
    }
    pending.push({ id, revision: (prev?.revision ?? 0) + 1, hash, record: rec });
    if (pending.length >= batchSize) {
      await flush();
      opts.onProgress?.({ done, total: ids.length });
    }
  }
  await flush();

  // What is left in `state` was sent once and is gone from the catalog: delete it.
  if (!summary.cancelled && state.size) {
    const gone = [...state.values()];
    for (let i = 0; i < gone.length; i += batchSize) {
      const batch = gone.slice(i, i + batchSize);
      const body = batch.map((g) => ({
        delete: { _index: opts.index, _id: String(g.filing_id), version: g.revision + 1, version_type: 'external' },
      }));
      const res = await client.bulk({ body });
      const items = (res.body as { items: BulkItem[] }).items;
      db.transaction(() => {
        batch.forEach((g, k) => {
          const s = items[k].delete.status;
          // 404: already gone; 409: deleted at this version by a killed run.
          if (s === 200 || s === 404 || s === 409) {
            forget.run(opts.target, g.filing_id);
            summary.deleted++;
          } else throw new Error(`OpenSearch refused to delete filing ${g.filing_id}: ${s}`);
        });
      })();
    }
  }
  await client.indices.refresh({ index: opts.index });
  summary.seconds = Math.round((performance.now() - started) / 100) / 10;
  return summary;
}
