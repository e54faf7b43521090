import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../src/main/core/db/open';
import { EXTRA_COLUMNS } from '../../../../src/main/core/export/columns';
import { PAGE_SIZE, writeResultsCsv } from '../../../../src/main/core/export/write-results-csv';
import {
  EXPORT_COLUMNS,
  type ExportColumn,
  type ExportProgress,
  type SearchResult,
} from '../../../../src/shared/api/types';
import { readCsv, result, useTempDir } from './helpers';

const tempDir = useTempDir();
let db: Db;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

function insertFiling(id: number, fileNumber: string | null, docCount: number): void {
  db.prepare("INSERT INTO filings (id, key, format, file_number, doc_count) VALUES (?, ?, 'sgml', ?, ?)").run(
    id,
    `k${id}`,
    fileNumber,
    docCount,
  );
}

function insertCompany(
  filingId: number,
  ord: number,
  c: { role: string; name: string; cik: string | null; sic: string | null; state: string | null; fileNumber?: string },
) {
  db.prepare(
    'INSERT INTO companies (filing_id, ord, role, name, cik, sic, state, file_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(filingId, ord, c.role, c.name, c.cik, c.sic, c.state, c.fileNumber ?? null);
}

function* many(count: number, opts: { throwAt?: number; closed?: { value: boolean } } = {}): Generator<SearchResult> {
  try {
    for (let i = 1; i <= count; i++) {
      if (i === opts.throwAt) throw new Error('index vanished');
      yield result({ id: i, score: i / 7 });
    }
  } finally {
    if (opts.closed) opts.closed.value = true;
  }
}

/** Every column SearchResult itself answers, in EXPORT_COLUMNS order. */
const ALL_RESULT_COLUMNS = EXPORT_COLUMNS.filter((c) => !EXTRA_COLUMNS.has(c));

describe('writeResultsCsv', () => {
  it('writes a header of column names, then one row per result with lists joined by "; "', async () => {
    const out = join(tempDir(), 'r.csv');
    const rows = [
      result({
        id: 1,
        companies: [
          { name: 'ACME, INC.', cik: '0000000001', role: 'subject-company' },
          { name: 'BIG "FUND" LP', cik: null, role: 'filed-by' },
        ],
        items: ['2.02', '9.01'],
        paths: ['/a/1.txt', '/b/1.nc'],
        score: 3.25,
        snippet: '  results of\n operations\tand  financial ',
      }),
      // A header-less document: no filed date, dated by its date of report.
      result({
        id: 2,
        companies: [],
        items: [],
        accessionNumber: null,
        score: null,
        filedDate: null,
        date: '2004-03-22',
        dateKind: 'report',
      }),
    ];
    const n = await writeResultsCsv(db, rows, out, { columns: ALL_RESULT_COLUMNS, bom: false, rowsTotal: 2 });
    expect(n).toBe(2);
    expect(readCsv(out)).toEqual([
      ALL_RESULT_COLUMNS,
      [
        '0000000000-00-000001',
        '8-K',
        '2004-03-24',
        '2004-03-22',
        'ACME, INC.; BIG "FUND" LP',
        '0000000001; ',
        'subject-company; filed-by',
        '2.02; 9.01',
        '/a/1.txt; /b/1.nc',
        '3.25',
        'results of operations and financial',
        '2004-03-24',
        'filed',
      ],
      ['', '8-K', '', '2004-03-22', '', '', '', '', '/archive/2.txt', '', '', '2004-03-22', 'report'],
    ]);
  });

  it('reads SIC, state, file number and document count from the database, aligned with the companies', async () => {
    insertFiling(1, null, 3);
    insertCompany(1, 0, {
      role: 'subject-company',
      name: 'TARGET CO',
      cik: '0000000002',
      sic: '2834',
      state: 'DE',
      fileNumber: '005-12345',
    });
    insertCompany(1, 1, { role: 'filed-by', name: 'ACTIVIST LP', cik: '0000000003', sic: null, state: 'NY' });
    insertFiling(2, '001-00001', 1);
    insertCompany(2, 0, { role: 'filer', name: 'ACME CORP', cik: '0000000001', sic: '7372', state: 'CA' });
    // Search lists the filer first here, the reverse of the database order.
    const rows = [
      result({
        id: 1,
        companies: [
          { name: 'ACTIVIST LP', cik: '0000000003', role: 'filed-by' },
          { name: 'TARGET CO', cik: '0000000002', role: 'subject-company' },
        ],
      }),
      result({ id: 2 }),
    ];
    const out = join(tempDir(), 'x.csv');
    const columns: ExportColumn[] = ['companyName', 'sic', 'state', 'fileNumber', 'documentCount'];
    await writeResultsCsv(db, rows, out, { columns, bom: true, rowsTotal: 2 });
    expect(readCsv(out)).toEqual([
      columns,
      ['ACTIVIST LP; TARGET CO', '; 2834', 'NY; DE', '005-12345', '3'],
      ['ACME CORP', '7372', 'CA', '001-00001', '1'],
    ]);
  });

  it('reads the extra columns with two queries per page, never one per row', async () => {
    const rowsCount = PAGE_SIZE * 2 + 17;
    const executions = countStatementRuns(db);
    const out = join(tempDir(), 'p.csv');
    await writeResultsCsv(db, many(rowsCount), out, {
      columns: ['sic', 'documentCount'],
      bom: false,
      rowsTotal: rowsCount,
    });
    expect(executions()).toBe(2 * 3);
    expect(readCsv(out)).toHaveLength(rowsCount + 1);
  });

  it('reports throttled, increasing progress that ends at the rows written', async () => {
    const events: ExportProgress[] = [];
    const out = join(tempDir(), 'p.csv');
    await writeResultsCsv(db, many(5000), out, {
      columns: ['accessionNumber'],
      bom: false,
      rowsTotal: 5000,
      onProgress: (p) => events.push(p),
    });
    expect(events[0]).toEqual({ rowsDone: 0, rowsTotal: 5000 });
    expect(events.at(-1)).toEqual({ rowsDone: 5000, rowsTotal: 5000 });
    expect(events.length).toBeLessThan(5000 / PAGE_SIZE + 2);
    for (let i = 1; i < events.length; i++) expect(events[i].rowsDone).toBeGreaterThanOrEqual(events[i - 1].rowsDone);
  });

  it('on cancel mid-way closes the results, rejects and leaves no file', async () => {
    const dir = tempDir();
    const ctl = new AbortController();
    const closed = { value: false };
    const promise = writeResultsCsv(db, many(100_000, { closed }), join(dir, 'c.csv'), {
      columns: ALL_RESULT_COLUMNS,
      bom: false,
      rowsTotal: 100_000,
      signal: ctl.signal,
      onProgress: (p) => p.rowsDone >= 2000 && ctl.abort(),
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(closed.value).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('on a failure mid-way rejects and leaves no file under the name', async () => {
    const dir = tempDir();
    const promise = writeResultsCsv(db, many(3000, { throwAt: 1234 }), join(dir, 'f.csv'), {
      columns: ALL_RESULT_COLUMNS,
      bom: false,
      rowsTotal: 3000,
    });
    await expect(promise).rejects.toThrow('index vanished');
    expect(readdirSync(dir)).toEqual([]);
  });
});

/** Counts statement executions on `db` from now on (prepared statements are wrapped). */
function countStatementRuns(target: Db): () => number {
  let runs = 0;
  const prepare = target.prepare.bind(target);
  target.prepare = ((sql: string) => {
    const stmt = prepare(sql);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = stmt[method].bind(stmt) as (...a: unknown[]) => unknown;
      (stmt as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        runs++;
        return original(...args);
      };
    }
    return stmt;
  }) as Db['prepare'];
  return () => runs;
}
