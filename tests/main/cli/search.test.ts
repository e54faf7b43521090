import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_DIR } from '../../helpers/shared';
import { buildDb } from '../core/search/fixture-db';
import { syntheticEntries } from '../core/search/synthetic';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(REPO_DIR, 'src/main/cli/main.ts'), 'search', ...args], {
    cwd: REPO_DIR,
    encoding: 'utf8',
  });

let dir: string;
let dbPath: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-search-'));
  dbPath = join(dir, 'archive.db');
  buildDb(syntheticEntries(80), dbPath).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli search', () => {
  it('prints the JSON contract with facets', () => {
    const r = cli('servicing form:8-K*', '--db', dbPath, '--limit', '3', '--facets', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.total).toBeGreaterThan(3);
    expect(out.results).toHaveLength(3);
    for (const res of out.results) {
      expect(Object.keys(res).slice(0, 8)).toEqual([
        'accessionNumber',
        'formType',
        'filedDate',
        'periodOfReport',
        'companies',
        'paths',
        'score',
        'snippet',
      ]);
      expect(res.formType).toMatch(/^8-K/);
      // Added keys: the filing's date (filed, else report) and which it is.
      expect(res.date).toBe(res.filedDate ?? res.periodOfReport);
      expect(res.dateKind).toBe(res.filedDate ? 'filed' : res.periodOfReport ? 'report' : null);
      expect(res.companies[0]).toEqual({
        name: expect.any(String),
        cik: expect.anything(),
        role: 'filer',
        state: expect.toBeOneOf([expect.any(String), null]),
        sic: expect.toBeOneOf([expect.any(String), null]),
      });
      expect(res.paths).toHaveLength(1);
      expect(typeof res.score).toBe('number');
      expect(res.snippet.toLowerCase()).toContain('servicing');
    }
    expect(Object.keys(out.facets).sort()).toEqual(['company', 'form', 'item', 'section', 'sic', 'state', 'year']);
    const formTotal = out.facets.form.reduce((n: number, [, c]: [string, number]) => n + c, 0);
    expect(formTotal).toBe(out.total);
  });

  it('pages and sorts', () => {
    const all = JSON.parse(cli('', '--db', dbPath, '--sort', 'filed', '--limit', '100', '--json').stdout);
    const second = JSON.parse(
      cli('', '--db', dbPath, '--sort', 'filed', '--limit', '5', '--offset', '5', '--json').stdout,
    );
    expect(second.results.map((r: { id: number }) => r.id)).toEqual(
      all.results.slice(5, 10).map((r: { id: number }) => r.id),
    );
    expect(all.facets).toBeUndefined();
  });

  it('prints a readable listing without --json', () => {
    const r = cli('form:10-Q', '--db', dbPath, '--limit', '2');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+ filings\n {4}1\. 10-Q {2}\d{4}-/);
  });

  it('exits 2 with a one-line message naming the position for a malformed query', () => {
    const r = cli('merger (trust', '--db', dbPath, '--json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/position 7/);
    expect(cli('body:x', '--db', dbPath).status).toBe(2);
  });

  it('exits 2 for bad options', () => {
    expect(cli('x', '--db', dbPath, '--sort', 'size').status).toBe(2);
    expect(cli('x', '--db', dbPath, '--limit', '-1').status).toBe(2);
    expect(cli('--db', dbPath).status).toBe(2);
  });

  it('answers an empty result for a missing or empty index', () => {
    for (const db of [join(dir, 'missing.db'), join(dir, 'empty.db')]) {
      if (db.endsWith('empty.db')) writeFileSync(db, '');
      const r = cli('merger', '--db', db, '--json');
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ total: 0, results: [] });
    }
  });
});
