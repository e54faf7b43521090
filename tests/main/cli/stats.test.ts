import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { indexFolders } from '../../../src/main/core/indexer/index-folders';
import { CORPUS_FILES, describeWithShared, REPO_DIR } from '../../helpers/shared';
import { copyInto, tempDir } from '../core/indexer/fixtures';

const stats = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(REPO_DIR, 'src/main/cli/main.ts'), 'stats', ...args], {
    cwd: REPO_DIR,
    encoding: 'utf8',
  });

describeWithShared('cli stats', () => {
  it('prints the counts by form and the database size as JSON', async () => {
    const root = tempDir();
    copyInto(
      CORPUS_FILES,
      [
        'cjavdev__sec_edgar/filing1.txt',
        'dgunning__edgartools/0001104659-25-002604.txt',
        'cjavdev__sec_edgar/master.idx',
      ].map((p) => join(CORPUS_FILES, p)),
      root,
    );
    const db = join(tempDir(), 'a.db');
    await indexFolders({ dbPath: db, roots: [root] });
    const r = stats('--db', db, '--json');
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ filings: 2, files: 3, errors: 1 });
    expect(s.byForm['SC TO-T/A']).toBe(1);
    expect(Object.values(s.byForm as Record<string, number>).reduce((a, b) => a + b)).toBe(2);
    expect(s.documents).toBeGreaterThanOrEqual(2);
    expect(s.companies).toBeGreaterThanOrEqual(2);
    expect(s.dbBytes).toBeGreaterThan(10_000);
  });

  it('exits 1 when there is no database', () => {
    const r = stats('--db', join(tempDir(), 'none.db'), '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no database/);
  });
});
