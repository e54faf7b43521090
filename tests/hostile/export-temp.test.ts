// Item 10 of issue 12: kill -9 during an export left its hidden temporary file for good.
// Temporary names carry the writing process's id; the next export into the folder removes
// those of processes that are gone, and never one still being written.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { removeStaleTemps, writeFileAtomically } from '../../src/main/core/export/atomic-file';
import { tempDir } from '../main/core/indexer/fixtures';

const CHILD = join(import.meta.dirname, 'children', 'endless-export.ts');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function* rows(n: number) {
  for (let i = 0; i < n; i++) yield `${i},10-K,ACME\n`;
}

it(
  'removes the temporary file of an export killed with SIGKILL at the next export into the folder',
  { timeout: 60_000 },
  async () => {
    const dir = tempDir('edgar-hostile-');
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, join(dir, 'results.csv')], { stdio: 'ignore' });
    const exited = new Promise((res) => child.once('exit', res));
    const end = Date.now() + 30_000;
    while (!readdirSync(dir).some((n) => n.endsWith('.tmp')) && Date.now() < end) await sleep(50);
    const [temp] = readdirSync(dir);
    expect(temp).toMatch(new RegExp(`^\\.results\\.csv\\.${child.pid}-[0-9a-f]{12}\\.tmp$`));
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(join(dir, temp!))).toBe(true);

    // A live export's temporary file (this process's) and other hidden files are left alone.
    const mine = join(dir, `.other.csv.${process.pid}-0123456789ab.tmp`);
    writeFileSync(mine, 'in progress');
    writeFileSync(join(dir, '.hidden.tmp'), 'not ours');

    await writeFileAtomically(join(dir, 'next.csv'), rows(3));
    expect(readdirSync(dir).sort()).toEqual(['.hidden.tmp', `.other.csv.${process.pid}-0123456789ab.tmp`, 'next.csv']);
    expect(await removeStaleTemps(dir)).toEqual([]);
  },
);
