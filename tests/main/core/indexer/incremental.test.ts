import {
  appendFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import type { IndexSummary } from '../../../../src/shared/api/types';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';
import { copyInto, expectSameAsCleanIndex, tempDir } from './fixtures';

const PICK = [
  'dgunning__edgartools/0001104659-25-002604.txt',
  'dgunning__edgartools/0001104659-25-002604.nc',
  'dgunning__edgartools/0000929638-25-000114.nc',
  'dgunning__edgartools/1800Flowers.8-K.html',
  'alphanome-ai__sec-parser-test-data/04f4592a_primary-document.html',
  'cjavdev__sec_edgar/filing1.txt',
  'cjavdev__sec_edgar/filing2.txt',
  'cjavdev__sec_edgar/master.idx',
];

let root: string;
let dbPath: string;

const run = (): Promise<IndexSummary> => indexFolders({ dbPath, roots: [root], parseWorkers: 2 });
const at = (rel: string) => join(root, rel);

const expectSameAsClean = () => expectSameAsCleanIndex(dbPath, root);

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = openDatabase(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const ftsCount = (word: string) =>
  query<{ n: number }>('SELECT count(*) AS n FROM doc_fts WHERE doc_fts MATCH ?', word)[0]!.n;

describeWithShared('incremental indexing', () => {
  beforeEach(async () => {
    root = tempDir();
    dbPath = join(tempDir(), 'archive.db');
    copyInto(
      CORPUS_FILES,
      PICK.map((p) => join(CORPUS_FILES, p)),
      root,
    );
    const first = await run();
    expect(first.filesSeen).toBe(PICK.length);
    expect(first.errors.map((e) => e.path)).toEqual([at('cjavdev__sec_edgar/master.idx')]);
  });

  it('a touched file is not re-parsed', async () => {
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(at('cjavdev__sec_edgar/filing1.txt'), future, future);
    const s = await run();
    expect(s).toMatchObject({ filesIndexed: 0, filesSkipped: PICK.length, filesRemoved: 0 });
    // The new mtime is recorded, so the next run does not even hash it.
    const [row] = query<{ mtime_ms: number }>(
      'SELECT mtime_ms FROM files WHERE path = ?',
      at('cjavdev__sec_edgar/filing1.txt'),
    );
    expect(row!.mtime_ms).toBe(Math.trunc(statSync(at('cjavdev__sec_edgar/filing1.txt')).mtimeMs));
    await expectSameAsClean();
  });

  it('an edited file is re-parsed and its filing rebuilt in place', async () => {
    const before = query<{ id: number; key: string }>('SELECT id, key FROM filings ORDER BY key');
    expect(ftsCount('zyzzogeton')).toBe(0);
    appendFileSync(at('alphanome-ai__sec-parser-test-data/04f4592a_primary-document.html'), '<p>zyzzogeton clause</p>');
    const full = at('cjavdev__sec_edgar/filing2.txt');
    writeFileSync(full, readFileSync(full, 'latin1').replace('<TEXT>', '<TEXT>\nquokkanomics paragraph\n'), 'latin1');
    const s = await run();
    expect(s).toMatchObject({ filesIndexed: 2, filesSkipped: PICK.length - 2, filesRemoved: 0 });
    expect(ftsCount('zyzzogeton')).toBe(1);
    expect(ftsCount('quokkanomics')).toBe(1);
    const after = query<{ id: number; key: string }>('SELECT id, key FROM filings ORDER BY key');
    expect(after.length).toBe(before.length);
    // The full submission keeps its accession and row id; the header-less document gets a new content key.
    const accessionRows = (rows: { id: number; key: string }[]) => rows.filter((r) => !r.key.startsWith('sha256:'));
    expect(accessionRows(after)).toEqual(accessionRows(before));
    await expectSameAsClean();
  });

  it('a deleted file is removed with its filing and FTS rows', async () => {
    expect(ftsCount('flowers')).toBeGreaterThan(0);
    rmSync(at('dgunning__edgartools/1800Flowers.8-K.html'));
    const s = await run();
    expect(s).toMatchObject({ filesIndexed: 0, filesRemoved: 1, filesSeen: PICK.length - 1 });
    expect(ftsCount('flowers')).toBe(0);
    await expectSameAsClean();
  });

  it('when the full submission goes, its filing is rebuilt from the .nc that remains', async () => {
    const key = '0001104659-25-002604';
    const sourceOf = () =>
      query<{ format: string; path: string }>(
        'SELECT g.format, f.path FROM filings g JOIN files f ON f.id = g.source_file_id WHERE g.key = ?',
        key,
      )[0];
    expect(sourceOf()).toEqual({ format: 'sgml', path: at('dgunning__edgartools/0001104659-25-002604.txt') });
    rmSync(at('dgunning__edgartools/0001104659-25-002604.txt'));
    const s = await run();
    expect(s.filesRemoved).toBe(1);
    expect(sourceOf()).toEqual({ format: 'nc', path: at('dgunning__edgartools/0001104659-25-002604.nc') });
    await expectSameAsClean();
  });

  it('a moved file is recognised by its hash: same row, same filing, no parse', async () => {
    const from = at('cjavdev__sec_edgar/filing1.txt');
    const to = at('elsewhere/renamed/filing-one.txt');
    const [before] = query<{ id: number; filing_id: number }>('SELECT id, filing_id FROM files WHERE path = ?', from);
    mkdirSync(join(root, 'elsewhere', 'renamed'), { recursive: true });
    renameSync(from, to);
    const s = await run();
    expect(s).toMatchObject({ filesIndexed: 0, filesRemoved: 0, filesSkipped: PICK.length });
    const [after] = query<{ id: number; filing_id: number }>('SELECT id, filing_id FROM files WHERE path = ?', to);
    expect(after).toEqual(before);
    await expectSameAsClean();
  });

  it('a copy under a second path joins the same filing without a parse', async () => {
    const copy = at('copies/again.html');
    mkdirSync(join(root, 'copies'));
    writeFileSync(copy, readFileSync(at('dgunning__edgartools/1800Flowers.8-K.html')));
    const s = await run();
    expect(s).toMatchObject({ filesIndexed: 0, filesSkipped: PICK.length + 1 });
    const rows = query<{ n: number }>(
      'SELECT count(DISTINCT filing_id) AS n FROM files WHERE path IN (?, ?)',
      copy,
      at('dgunning__edgartools/1800Flowers.8-K.html'),
    );
    expect(rows[0]!.n).toBe(1);
    await expectSameAsClean();
  });

  it('a file that becomes junk turns into an error and its filing goes', async () => {
    const file = at('dgunning__edgartools/0000929638-25-000114.nc');
    writeFileSync(file, Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    const s = await run();
    expect(s.errors.map((e) => e.path)).toContain(file);
    expect(query('SELECT 1 FROM filings WHERE key = ?', '0000929638-25-000114')).toEqual([]);
    await expectSameAsClean();
  });
});
