import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openArchiveApi } from '../../../src/main/api/archive-api';
import { openDatabase } from '../../../src/main/core/db/open';
import { CATALOG_PARTS, currentCatalog } from '../../../src/main/core/search/catalog';
import { createLoopbackPlatform } from '../../../src/main/loopback/platform';
import { REPO_SAMPLES } from '../../../src/main/loopback/server';

// After an indexing run the archive process builds the search catalog of the new state and
// saves it (core/search/catalog-store.ts): the next open loads it instead of building it.
const work = mkdtempSync(join(tmpdir(), 'catalog-rewarm-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dbPath = join(work, 'archive.db');

const savedParts = () => {
  const db = openDatabase(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM search_catalog').pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('the saved catalog after an indexing run', () => {
  it('is saved once the run is done, and loaded by the next open', async () => {
    const folder = join(work, 'filings');
    cpSync(REPO_SAMPLES, folder, { recursive: true });
    const platform = createLoopbackPlatform({ samplesDir: REPO_SAMPLES, confirmFolders: true });
    const api = await openArchiveApi({ dbPath, platform, watch: false, catchUp: false });
    try {
      await api.dispatch('archive:addRoot', { path: folder });
      await api.indexer.idle();
      const deadline = Date.now() + 10_000;
      while (savedParts() < CATALOG_PARTS.length + 1 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(savedParts()).toBe(CATALOG_PARTS.length + 1);
    } finally {
      await api.close();
    }
    const db = openDatabase(dbPath);
    try {
      const c = currentCatalog(db);
      for (const part of CATALOG_PARTS) c.ensure(part);
      expect(c.built()).toEqual([]);
      expect(c.ids.length).toBe(db.prepare('SELECT count(*) FROM filings').pluck().get());
      expect(c.ids.length).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});
