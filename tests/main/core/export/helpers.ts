// Shared by the export tests: search results built by hand, temp folders, and reading an
// exported file back with csv-parse (a parser independent of the writer's library).
import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { SearchResult } from '../../../../src/shared/api/types';

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
    companies: [{ name: 'ACME CORP', cik: '0000000001', role: 'filer' }],
    items: ['2.02'],
    paths: [`/archive/${id}.txt`],
    score: null,
    snippet: '',
    snippetHits: [],
    docId: null,
    ...fields,
  };
}

/** A fresh temp folder per test, removed afterwards. */
export function useTempDir(prefix = 'edgar-export-'): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/** The file's records as csv-parse reads them (BOM stripped), header row included. */
export function readCsv(path: string): string[][] {
  return parse(readFileSync(path), { bom: true, relax_column_count: false }) as string[][];
}
