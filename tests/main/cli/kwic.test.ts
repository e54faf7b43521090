import { execFile } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { getDocument, search } from '../../../src/main/core/search';
import { readCsv, useIndexedArchive } from '../core/export/helpers';
import { CORPUS_FILES, describeWithShared, REPO_DIR } from '../../helpers/shared';

const FILES = [
  'mwaldstein__edgarWebR/0000037996-94-000005.txt',
  'mwaldstein__edgarWebR/d33857e10vk.htm',
  'MananAbbott__Sec-10K-LLM/8cc9fdb1_full-submission.txt',
  'dgunning__edgartools/aapl-20250329.htm',
];

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const entry = join(REPO_DIR, 'src', 'main', 'cli', 'main.ts');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', entry, ...args], {
      cwd: REPO_DIR,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describeWithShared('cli kwic and parse sections on real filings', () => {
  const archive = useIndexedArchive((dir) => {
    const root = join(dir, 'filings');
    mkdirSync(root);
    FILES.forEach((f, i) => symlinkSync(join(CORPUS_FILES, f), join(root, `${i}-${f.split('/').pop()}`)));
    return [root];
  });

  it('kwic --json prints rows and filings; rows equal the viewer hits; section: keeps to the section', async () => {
    const { db, dbPath, dir } = archive();
    for (const query of ['liquidity section:7', 'risk* section:"risk factors"', '"interest rates"']) {
      const out = join(dir, 'k.csv');
      const run = await cli('kwic', query, '--out', out, '--db', dbPath, '--json', '--window', '8');
      expect(run.code).toBe(0);
      const res = search(db, { query, limit: 100 });
      const hits = res.results.reduce((s, r) => s + getDocument(db, { docId: r.docId!, query })!.hits.length, 0);
      expect(JSON.parse(run.stdout)).toEqual({ rows: hits, filings: res.total });
      const [header, ...rows] = readCsv(out);
      expect(rows).toHaveLength(hits);
      if (query.includes('section:7'))
        expect(new Set(rows.map((r) => r[header!.indexOf('section')]))).toEqual(new Set(['7']));
    }
    expect(search(db, { query: 'liquidity section:7', limit: 10 }).total).toBeGreaterThanOrEqual(2);
  });

  it('exits 2 on a query with no words, and parse --json carries the section index', async () => {
    const { dbPath, dir } = archive();
    expect((await cli('kwic', 'form:10-K', '--out', join(dir, 'x.csv'), '--db', dbPath)).code).toBe(2);
    const run = await cli('parse', join(CORPUS_FILES, FILES[0]!), '--json');
    const json = JSON.parse(run.stdout) as {
      sections: { code: string }[];
      sectionsUnresolved: { code: string; reason: string }[];
    };
    expect(json.sections.map((s) => s.code)).toContain('7');
    expect(json.sectionsUnresolved.find((u) => u.code === '10')?.reason).toBe(
      'incorporated by reference to the proxy statement',
    );
  });
});
