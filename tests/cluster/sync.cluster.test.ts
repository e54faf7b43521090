// `cli index --backend opensearch` killed with SIGKILL at several moments (while indexing,
// while sending), then finished: the index equals a clean run's (the same filings, each at the
// same revision), and a second run sends nothing. `cli reconcile` repairs drift.
import { Client } from '@opensearch-project/opensearch';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { CORPUS_FILES, describeWithShared, SEEDS_DIR } from '../helpers/shared';
import { REPO_DIR } from '../../scripts/opensearch-node';

// One process (node --import tsx), not tsx's launcher: a SIGKILL must reach the process that
// indexes and sends, not leave it running as an orphan that still holds the run lock.
const CLI = ['--import', 'tsx', join(REPO_DIR, 'src', 'main', 'cli', 'main.ts')];

describeWithShared('sync to OpenSearch survives kill -9', () => {
  let dir: string;
  let url: string;
  let client: Client;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'edgar-sync-'));
    url = inject('opensearchUrl');
    client = new Client({ node: url });
  });

  afterAll(async () => {
    await client.indices.delete({ index: 'sync-killed,sync-clean' }, { ignore: [404] });
    rmSync(dir, { recursive: true, force: true });
  });

  const args = (db: string, index: string) => [
    ...CLI,
    'index',
    CORPUS_FILES,
    SEEDS_DIR,
    '--db',
    db,
    '--json',
    '--backend',
    'opensearch',
    '--url',
    url,
    '--index',
    index,
  ];

  function synced(db: string): number {
    try {
      const d = new Database(db, { readonly: true, fileMustExist: true });
      try {
        return (d.prepare('SELECT count(*) AS n FROM opensearch_sync').get() as { n: number }).n;
      } finally {
        d.close();
      }
    } catch {
      return 0; // not created yet, or busy
    }
  }

  /** Starts the CLI and kills it with SIGKILL once `when()` holds (or after `ms`). */
  async function killedRun(db: string, when: () => boolean, ms = 120_000): Promise<void> {
    const child = spawn(process.execPath, args(db, 'sync-killed'), { stdio: 'ignore', cwd: REPO_DIR });
    const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
    const started = Date.now();
    while (child.exitCode === null && !when() && Date.now() - started < ms)
      await new Promise((ok) => setTimeout(ok, 100));
    child.kill('SIGKILL');
    await exited;
  }

  async function revisions(index: string): Promise<Map<string, number>> {
    const res = await client.search({
      index,
      body: { size: 10_000, version: true, _source: ['key'], query: { match_all: {} } },
    });
    const hits = (res.body as unknown as { hits: { hits: { _version: number; _source: { key: string } }[] } }).hits
      .hits;
    return new Map(hits.map((h) => [h._source.key, h._version]));
  }

  it('a run killed while indexing and twice while sending, then finished, equals a clean run', async () => {
    const killedDb = join(dir, 'killed.db');
    await killedRun(killedDb, () => false, 4_000); // while the SQLite index is being written
    await killedRun(killedDb, () => synced(killedDb) >= 50, 600_000);
    const first = synced(killedDb);
    await killedRun(killedDb, () => synced(killedDb) >= first + 100, 600_000);
    const second = synced(killedDb);
    // Both kills came while sending: some filings recorded as sent, not all.
    expect(first).toBeGreaterThanOrEqual(50);
    expect(second).toBeGreaterThan(first);
    const finish = spawnSync(process.execPath, args(killedDb, 'sync-killed'), { encoding: 'utf8', cwd: REPO_DIR });
    expect(finish.status, finish.stderr).toBe(0);
    const cleanDb = join(dir, 'clean.db');
    const clean = spawnSync(process.execPath, args(cleanDb, 'sync-clean'), { encoding: 'utf8', cwd: REPO_DIR });
    expect(clean.status, clean.stderr).toBe(0);

    const killed = await revisions('sync-killed');
    const reference = await revisions('sync-clean');
    expect(reference.size).toBeGreaterThan(100);
    expect(second).toBeLessThan(reference.size);
    expect([...killed].sort()).toEqual([...reference].sort());
    expect([...reference.values()].every((v) => v === 1)).toBe(true);

    // Nothing left to send.
    const again = spawnSync(process.execPath, args(killedDb, 'sync-killed'), { encoding: 'utf8', cwd: REPO_DIR });
    const summary = JSON.parse(again.stdout.trim().split('\n').pop()!) as {
      opensearch: { sent: number; unchanged: number };
    };
    expect(summary.opensearch.sent).toBe(0);
    expect(summary.opensearch.unchanged).toBe(reference.size);
    console.log(
      `sync: killed while indexing, then at ${first} and ${second} filings sent; finished: ${killed.size} filings equal a clean run's (revision 1 each); a re-run sent 0`,
    );
  }, 1_200_000);

  it('reconcile repairs records deleted or changed behind the archive and strays', async () => {
    const db = join(dir, 'killed.db');
    const keys = [...(await revisions('sync-killed')).keys()].slice(0, 3);
    const found = await client.search({
      index: 'sync-killed',
      body: { size: 3, query: { terms: { key: keys } }, _source: false },
    });
    const ids = (found.body as unknown as { hits: { hits: { _id: string }[] } }).hits.hits.map((h) => h._id);
    await client.delete({ index: 'sync-killed', id: ids[0], refresh: true });
    await client.index({ index: 'sync-killed', id: '99999999', body: { id: 99999999, key: 'stray' }, refresh: true });
    const res = spawnSync(
      process.execPath,
      [...CLI, 'reconcile', '--db', db, '--url', url, '--index', 'sync-killed', '--json'],
      { encoding: 'utf8', cwd: REPO_DIR },
    );
    expect(res.status, res.stderr).toBe(0);
    const summary = JSON.parse(res.stdout) as { repaired: number; strays: number; sent: number };
    expect(summary).toMatchObject({ repaired: 1, strays: 1, sent: 1 });
    const after = await revisions('sync-killed');
    expect(after.has('stray')).toBe(false);
    expect(after.size).toBe((await revisions('sync-clean')).size);
  });
});
