// Item 1 of issue 12 through `cli parse`: it read and inflated any file whole, so a 600 MB
// text file or a gzip bomb aborted it in the decoder. It reads within the indexer's limits
// now: such a file gets its JSON line with an "error", and the next file is parsed.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_DIR } from '../helpers/shared';
import { tempDir } from '../main/core/indexer/fixtures';
import { MB, gzipBomb, sparseText, submission } from './generate';

it(
  'gives a 600 MB file and a 520 MB gzip bomb an error line each and parses the file after them',
  { timeout: 120_000 },
  () => {
    const dir = tempDir('edgar-hostile-');
    const files = [join(dir, 'plain-600mb.txt'), join(dir, 'bomb.txt.gz'), join(dir, 'filing.txt')];
    sparseText(files[0]!, 600 * MB);
    gzipBomb(files[1]!, 520 * MB, 65 * MB);
    writeFileSync(files[2]!, submission(1));
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(REPO_DIR, 'src/main/cli/main.ts'), 'parse', ...files, '--json'],
      {
        cwd: REPO_DIR,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { error?: string; accessionNumber?: string });
    expect(lines).toHaveLength(3);
    expect(lines[0]!.error).toBe('text too large (600 MB; the limit is 256 MB)');
    expect(lines[1]!.error).toMatch(/^text too large \(over 256 MB inflated/);
    expect(lines[2]!.error).toBeUndefined();
    expect(JSON.stringify(lines[2])).toContain('0000950123-24-000001');
  },
);
