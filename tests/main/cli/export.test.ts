import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { countResults } from '../../../src/main/core/search';
import { DEFAULT_EXPORT_COLUMNS, EXPORT_COLUMNS } from '../../../src/shared/api/types';
import { readCsv, useIndexedArchive } from '../core/export/helpers';
import { CORPUS_FILES, describeWithShared, REPO_DIR } from '../../helpers/shared';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run cli -- export …` without npm's own start-up: tsx runs the same entry point. */
async function cliExport(...args: string[]): Promise<CliRun> {
  const entry = join(REPO_DIR, 'src', 'main', 'cli', 'main.ts');
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', entry, 'export', ...args],
      {
        cwd: REPO_DIR,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describeWithShared('cli export', () => {
  const archive = useIndexedArchive(() => [CORPUS_FILES]);

  it('writes the whole result set with the default columns and prints the row count to stderr', async () => {
    const { db, dbPath, dir } = archive();
    const out = join(dir, 'default.csv');
    const run = await cliExport('form:8-K OR revenue', '--out', out, '--db', dbPath);
    const total = countResults(db, 'form:8-K OR revenue');
    expect(total).toBeGreaterThan(10);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toBe(`${total} rows written to ${out}\n`);
    const [header, ...rows] = readCsv(out);
    expect(header).toEqual(DEFAULT_EXPORT_COLUMNS);
    expect(rows).toHaveLength(total);
    expect(readFileSync(out).subarray(0, 3).toString('latin1')).not.toBe('\xEF\xBB\xBF');
  });

  it('takes --columns in the given order, --bom and --sidecar', async () => {
    const { dbPath, dir } = archive();
    const out = join(dir, 'chosen.csv');
    const args = ['--out', out, '--db', dbPath, '--columns', 'score,sic,companyName', '--bom', '--sidecar'];
    const run = await cliExport('', ...args);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/ \(sidecar .*chosen\.csv\.json\)\n$/);
    expect(JSON.parse(readFileSync(`${out}.json`, 'utf8'))).toMatchObject({
      query: '',
      columns: ['score', 'sic', 'companyName'],
    });
    expect(readFileSync(out).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = readCsv(out);
    expect(header).toEqual(['score', 'sic', 'companyName']);
    expect(rows.some(([, sic]) => /^\d{4}/.test(sic))).toBe(true);
  });

  it('rejects an unknown column with exit 2 and the list of valid ones, writing nothing', async () => {
    const { dbPath, dir } = archive();
    const out = join(dir, 'unknown-column.csv');
    const run = await cliExport('', '--out', out, '--db', dbPath, '--columns', 'formType,ticker');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"ticker"');
    expect(run.stderr).toContain(EXPORT_COLUMNS.join(', '));
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a malformed query with exit 2 and its position, writing nothing', async () => {
    const { dbPath, dir } = archive();
    const before = readdirSync(dir);
    const run = await cliExport('form:8-K AND (', '--out', join(dir, 'bad.csv'), '--db', dbPath);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/position 14/);
    expect(run.stderr).toContain(`\n  ${' '.repeat(14)}^\n`);
    expect(readdirSync(dir)).toEqual(before);
  });

  it('needs a query and --out (exit 2), and an existing database (exit 1)', async () => {
    const { dbPath, dir } = archive();
    expect((await cliExport('--out', join(dir, 'x.csv'), '--db', dbPath)).code).toBe(2);
    expect((await cliExport('revenue', '--db', dbPath)).code).toBe(2);
    const missing = await cliExport('revenue', '--out', join(dir, 'x.csv'), '--db', join(dir, 'none.db'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no database');
  });
});
