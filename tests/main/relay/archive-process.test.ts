import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createEventHub } from '../../../src/main/api/events';
import { createLoopbackPlatform } from '../../../src/main/loopback/platform';
import { REPO_SAMPLES } from '../../../src/main/loopback/server';
import { openDatabase } from '../../../src/main/core/db/open';
import { ArchiveClient } from '../../../src/main/relay/client';
import type { ArchiveTransport } from '../../../src/main/relay/protocol';
import { spawnArchiveWorker } from '../../../src/main/relay/worker-transport';
import type { ArchiveStatus, SearchResponse } from '../../../src/shared/api/types';

// The real archive process (src/main/archive-process.ts) as a worker thread over a real
// database: what the app runs in a utility process.
const work = mkdtempSync(join(tmpdir(), 'archive-process-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function client(dbPath: string, more: Partial<ConstructorParameters<typeof ArchiveClient>[0]> = {}) {
  const transports: ArchiveTransport[] = [];
  const events = createEventHub();
  const c = new ArchiveClient({
    spawn: () => {
      const t = spawnArchiveWorker();
      transports.push(t);
      return t;
    },
    init: { dbPath, samplesDir: REPO_SAMPLES, watch: false, catchUp: true },
    platform: createLoopbackPlatform({ samplesDir: REPO_SAMPLES, confirmFolders: true }),
    events,
    log: { warn: () => {}, error: () => {} },
    ...more,
  });
  return { c, transports, events };
}

describe('the archive process', () => {
  it('indexes the sample archive, searches it, and comes back after it is killed', async () => {
    const onRestart = vi.fn();
    const { c, transports, events } = client(join(work, 'a.db'), { onRestart });
    const done: unknown[] = [];
    events.subscribe((event, payload) => event === 'index:done' && done.push(payload));
    expect(await c.start()).toEqual({ ok: true });
    try {
      expect(await c.dispatch('archive:openSample', undefined)).toMatchObject({ ok: true });
      await vi.waitFor(() => expect(done).toHaveLength(1), { timeout: 30_000 });
      const found = (await c.dispatch('search:query', { query: 'northwind' }, 1)) as {
        ok: true;
        value: SearchResponse;
      };
      expect(found.value.total).toBeGreaterThan(0);

      transports[0]!.kill();
      await vi.waitFor(() => expect(onRestart).toHaveBeenCalledTimes(1), { timeout: 20_000 });
      await vi.waitFor(
        async () => {
          const again = await c.dispatch('search:query', { query: 'northwind' }, 1);
          expect(again).toMatchObject({ ok: true, value: { total: found.value.total } });
        },
        { timeout: 20_000 },
      );
    } finally {
      await c.close();
    }
  }, 60_000);

  it('reports a database of a newer version as "newer", with its folders for a rebuild', async () => {
    const dbPath = join(work, 'newer.db');
    const db = openDatabase(dbPath);
    db.prepare('INSERT INTO roots (path, added_at) VALUES (?, ?)').run('/data/filings', 1);
    db.pragma('user_version = 999');
    db.close();
    const { c } = client(dbPath);
    try {
      expect(await c.start()).toMatchObject({
        ok: false,
        failure: { reason: 'newer', dbPath, roots: ['/data/filings'] },
      });
    } finally {
      await c.close();
    }
  }, 30_000);

  it('reports a file that is not a database as "corrupt"', async () => {
    const dbPath = join(work, 'corrupt.db');
    writeFileSync(dbPath, 'this is not an SQLite database, just text that fills a page '.repeat(100));
    const { c } = client(dbPath);
    try {
      expect(await c.start()).toMatchObject({ ok: false, failure: { reason: 'corrupt', dbPath } });
    } finally {
      await c.close();
    }
  }, 30_000);

  it('catches up at start: an existing archive is checked for changes without being asked', async () => {
    const folder = join(work, 'catch-up');
    cpSync(REPO_SAMPLES, folder, { recursive: true });
    const dbPath = join(work, 'catch-up.db');
    const first = client(dbPath);
    await first.c.start();
    const done: unknown[] = [];
    first.events.subscribe((event, payload) => event === 'index:done' && done.push(payload));
    await first.c.dispatch('archive:addRoot', { path: folder });
    await vi.waitFor(() => expect(done).toHaveLength(1), { timeout: 30_000 });
    await first.c.close();

    const second = client(dbPath);
    const again: unknown[] = [];
    second.events.subscribe((event, payload) => event === 'index:done' && again.push(payload));
    await second.c.start();
    try {
      await vi.waitFor(() => expect(again).toHaveLength(1), { timeout: 30_000 });
      expect(again[0]).toMatchObject({ filesIndexed: 0, filesRemoved: 0 });
      const status = (await second.c.dispatch('archive:status', undefined)) as { ok: true; value: ArchiveStatus };
      expect(status.value.roots.map((r) => r.path)).toEqual([folder]);
    } finally {
      await second.c.close();
    }
  }, 60_000);
});
