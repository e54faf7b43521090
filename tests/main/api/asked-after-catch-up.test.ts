import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openArchiveApi } from '../../../src/main/api/archive-api';
import { SAVED_MATCHES } from '../../../src/main/core/search/saved-matches';
import { createLoopbackPlatform } from '../../../src/main/loopback/platform';
import { REPO_SAMPLES } from '../../../src/main/loopback/server';
import type { Result, SearchResponse } from '../../../src/shared/api/types';

// The archive process as a user meets it the next morning: yesterday's costly search kept its
// work, the check at start indexed a filing added overnight (a write empties what was kept),
// and the run, in the index worker, asks yesterday's search again once its writes are
// committed (core/search/asked.ts), so the user's first ask finds its work kept, with the new
// filing in it. The worker's own SAVED_MATCHES are the defaults: it keeps the search's work
// because the query is remembered, not because it was costly there.
const work = mkdtempSync(join(tmpdir(), 'asked-catch-up-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const defaults = { ...SAVED_MATCHES };
afterEach(() => Object.assign(SAVED_MATCHES, defaults));
const dbPath = join(work, 'archive.db');
const folder = join(work, 'filings');

const open = (catchUp: boolean) =>
  openArchiveApi({
    dbPath,
    platform: createLoopbackPlatform({ samplesDir: REPO_SAMPLES, confirmFolders: true }),
    watch: false,
    catchUp,
  });
const total = (r: Result<unknown>) => {
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as SearchResponse).total;
};
/** The FTS5 expressions whose ranking is kept, read as another process would. */
const keptRankings = () => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT part FROM search_ranked ORDER BY part').pluck().all();
  } finally {
    db.close();
  }
};

describe('a costly search after the check at start', () => {
  it('is asked again by the run once it wrote, so its work is kept before the user asks', async () => {
    cpSync(REPO_SAMPLES, folder, { recursive: true });
    // Every expression counts as costly here (a small archive makes none so).
    SAVED_MATCHES.afterMs = 0;
    const first = await open(false);
    await first.dispatch('archive:addRoot', { path: folder });
    await first.indexer.idle();
    const before = total(await first.dispatch('search:query', { query: '"common stock"' }));
    expect(keptRankings()).toEqual(['"common stock"']);
    await first.close();

    // Overnight, a downloader adds a filing that holds the phrase.
    const form4 = readFileSync(join(folder, 'whitcomb-form4-2024-02-20.txt'), 'latin1');
    const accession = /ACCESSION NUMBER:\s*(\S+)/.exec(form4)![1]!;
    writeFileSync(join(folder, 'added-form4.txt'), form4.replaceAll(accession, '0009990009-24-000777'), 'latin1');

    const second = await open(true);
    try {
      await second.indexer.idle();
      // The run wrote (the triggers emptied the kept tables), then kept the search's work again.
      expect(keptRankings()).toEqual(['"common stock"']);
      expect(total(await second.dispatch('search:query', { query: '"common stock"' }))).toBe(before + 1);
    } finally {
      await second.close();
    }
  });
});
