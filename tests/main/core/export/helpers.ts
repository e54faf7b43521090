// Shared by the export tests: search results built by hand, temp folders, and reading an
// exported file back with csv-parse (a parser independent of the writer's library).
import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { openDatabase, type Db } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import type { IndexSummary, SearchResult } from '../../../../src/shared/api/types';

let nextId = 1;

export function result(fields: Partial<SearchResult> = {}): SearchResult {
  const id = fields.id ?? nextId++;
  return {
    id,
    key: `0000000000-00-${String(id).padStart(6, '0')}`,
    accessionNumber: `0000000000-00-${String(id).padStart(6, '0')}`,
    formType: '8-K',
    filedDate: '2004-03-24',
    periodOfReport: '2004-03-22',
    fileNumber: null,
    date: '2004-03-24',
    dateKind: 'filed',
    companies: [{ name: 'ACME CORP', cik: '0000000001', role: 'filer', state: null, sic: null }],
    items: ['2.02'],
    paths: [`/archive/${id}.txt`],
    score: null,
    snippet: '',
    snippetHits: [],
    docId: null,
    ...fields,
  };
}

/** Fresh temp folders, removed after each test (or after the suite with `scope: 'suite'`). */
export function useTempDir({ scope = 'test' }: { scope?: 'test' | 'suite' } = {}): () => string {
  const dirs: string[] = [];
  (scope === 'suite' ? afterAll : afterEach)(() => {
    while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'edgar-export-'));
    dirs.push(dir);
    return dir;
  };
}

/** The file's records as csv-parse reads them (BOM stripped), header row included. */
export function readCsv(path: string): string[][] {
  return parse(readFileSync(path), { bom: true, relax_column_count: false }) as string[][];
}

export interface IndexedArchive {
  /** Read-only, like the CLI's. */
  db: Db;
  dbPath: string;
  /** The suite's temp folder (the database and any generated filings live in it). */
  dir: string;
  summary: IndexSummary;
}

/**
 * Indexes, once per suite, the folders `prepare` returns (it may write filings into the
 * suite's temp folder first) with the real indexer. Call inside describe().
 */
export function useIndexedArchive(prepare: (dir: string) => string[]): () => IndexedArchive {
  const tempDir = useTempDir({ scope: 'suite' });
  let archive: IndexedArchive | undefined;
  beforeAll(async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'archive.db');
    const summary = await indexFolders({ dbPath, roots: prepare(dir), parseWorkers: 2 });
    archive = { db: openDatabase(dbPath, { readonly: true }), dbPath, dir, summary };
  });
  afterAll(() => archive?.db.close());
  return () => {
    if (!archive) throw new Error('the archive is indexed in beforeAll');
    return archive;
  };
}
