import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openArchiveApi, type ArchiveApi } from '../../../src/main/api/archive-api';
import { createLoopbackPlatform } from '../../../src/main/loopback/platform';
import { REPO_SAMPLES } from '../../../src/main/loopback/server';
import type { ArchiveStatus, IndexSummary, Result, SearchResponse } from '../../../src/shared/api/types';

// The app at start (archive-process.ts opens with catchUp): what changed in the folders while
// the app was closed is found by an incremental pass, without re-indexing everything, and a
// folder that is gone (an unplugged disk) is shown offline with its filings kept.
const work = mkdtempSync(join(tmpdir(), 'catch-up-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dbPath = join(work, 'archive.db');

async function open(catchUp: boolean) {
  const done: IndexSummary[] = [];
  const api = await openArchiveApi({
    dbPath,
    platform: createLoopbackPlatform({ samplesDir: REPO_SAMPLES, confirmFolders: true }),
    watch: false,
    catchUp,
  });
  api.events.subscribe((event, payload) => event === 'index:done' && done.push(payload as IndexSummary));
  return { api, done };
}

const value = <T>(r: Result<unknown>) => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};
const total = async (api: ArchiveApi, query: string) =>
  value<SearchResponse>(await api.dispatch('search:query', { query })).total;
const status = async (api: ArchiveApi) => value<ArchiveStatus>(await api.dispatch('archive:status', undefined));
const paths = async (api: ArchiveApi, query: string) =>
  value<SearchResponse>(await api.dispatch('search:query', { query })).results.flatMap((r) => r.paths);

describe('the check at start', () => {
  const main = join(work, 'filings');
  const disk = join(work, 'usb-disk');

  it('finds files added, changed, moved and deleted while the app was closed, and keeps an offline folder', async () => {
    cpSync(REPO_SAMPLES, main, { recursive: true });
    mkdirSync(disk);
    cpSync(join(REPO_SAMPLES, 'whitcomb-form4-2024-02-20.txt'), join(disk, 'whitcomb.txt'));
    const first = await open(false);
    await first.api.dispatch('archive:addRoot', { path: main });
    await first.api.dispatch('archive:addRoot', { path: disk });
    await first.api.indexer.idle();
    const before = await status(first.api);
    expect(before.upToDate).toBe(true); // no check at start asked for
    const beforeFilings = before.filings;
    expect(await total(first.api, 'quokkafinch')).toBe(0);
    expect(await total(first.api, 'harborlight')).toBeGreaterThan(0);
    await first.api.close();

    // While the app is closed: one file added, one changed, one moved, one deleted; the disk unplugged.
    const harbor = readFileSync(join(main, 'harborlight-8k-2024-02-15.txt'), 'latin1');
    writeFileSync(
      join(main, 'added-8k.txt'),
      harbor
        .replaceAll('0009990001-24-000031', '0009990001-24-000099')
        .replace('press release', 'zephyrquartz release'),
      'latin1',
    );
    writeFileSync(
      join(main, 'harborlight-8k-2024-02-15.txt'),
      harbor.replace('issued a press release', 'issued a quokkafinch release'),
      'latin1',
    );
    mkdirSync(join(main, 'moved'));
    renameSync(join(main, 'bellcrest-10q-2024-q1.htm'), join(main, 'moved', 'bellcrest-10q-2024-q1.htm'));
    unlinkSync(join(main, 'seed-8k-2004-03-wamu-mortgage.txt'));
    renameSync(disk, `${disk}-unplugged`);

    const second = await open(true);
    try {
      // Served at once from the index, marked as possibly out of date until the check is done.
      const early = await status(second.api);
      expect(early.upToDate).toBe(false);
      expect(early.roots.find((r) => r.path === disk)).toMatchObject({ offline: true, files: 1 });
      await second.api.indexer.idle();
      expect(second.done).toHaveLength(1);
      const summary = second.done[0]!;
      // Incremental: the added and the changed file are parsed; the unchanged ones are skipped.
      expect(summary.filesIndexed).toBe(2);
      expect(summary.filesSkipped).toBeGreaterThanOrEqual(4);
      expect(summary.filesRemoved).toBeGreaterThanOrEqual(1);

      expect(await total(second.api, 'zephyrquartz')).toBe(1);
      expect(await total(second.api, 'quokkafinch')).toBe(1);
      expect(await paths(second.api, 'accession:0009990001-24-000031')).toEqual([
        join(main, 'harborlight-8k-2024-02-15.txt'),
      ]);
      expect(await paths(second.api, 'bellcrest')).toEqual([join(main, 'moved', 'bellcrest-10q-2024-q1.htm')]);
      const after = await status(second.api);
      // One filing added, one deleted; the offline disk's filing is still there.
      expect(after.filings).toBe(beforeFilings);
      expect(await total(second.api, 'whitcomb')).toBeGreaterThan(0);
      expect(after.roots.find((r) => r.path === disk)).toMatchObject({ offline: true, files: 1 });
      expect(after.upToDate).toBe(true);
    } finally {
      await second.api.close();
    }
  }, 60_000);
});
