import { join } from 'node:path';
import { expect, it } from 'vitest';
import { exportCsv } from '../../../../src/main/core/export/export-csv';
import { search } from '../../../../src/main/core/search';
import { EXPORT_COLUMNS, type ExportRequest } from '../../../../src/shared/api/types';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';
import { expectedCells } from './expected-cells';
import { readCsv, useIndexedArchive } from './helpers';

describeWithShared('exportCsv round trip over the real corpus', () => {
  const archive = useIndexedArchive(() => [CORPUS_FILES]);

  const cases: [string, Omit<ExportRequest, 'columns' | 'bom'>][] = [
    ['every filing', { query: '' }],
    ['a text query, by relevance', { query: 'revenue' }],
    ['a text query by filing date', { query: 'agreement', sort: 'filed', order: 'asc' }],
    ['a form filter', { query: 'form:8-K' }],
  ];

  it.each(cases)('%s: every cell equals the search results, row count = search total', async (_, req) => {
    const { db, dir } = archive();
    const out = join(dir, 'export.csv');
    const request: ExportRequest = { ...req, columns: [...EXPORT_COLUMNS], bom: true };
    const { rows, path } = await exportCsv(db, request, out);
    const expected = search(db, { ...req, limit: 1_000_000 });
    expect(expected.total).toBeGreaterThan(0);
    expect(rows).toBe(expected.total);
    expect(path).toBe(out);
    const [header, ...records] = readCsv(out);
    expect(header).toEqual(EXPORT_COLUMNS);
    expect(records).toHaveLength(expected.total);
    records.forEach((record, i) => expect(record).toEqual(expectedCells(db, expected.results[i], EXPORT_COLUMNS)));
  });

  it('a selection exports only the chosen filings, in result order', async () => {
    const { db, dir } = archive();
    const all = search(db, { query: 'form:10-K OR form:10-Q', limit: 1_000_000 }).results;
    expect(all.length).toBeGreaterThan(3);
    const chosen = [all[3], all[0], all.at(-1)!].map((r) => r.id);
    const out = join(dir, 'selection.csv');
    const { rows } = await exportCsv(
      db,
      { query: 'form:10-K OR form:10-Q', ids: chosen, columns: ['accessionNumber', 'path'], bom: false },
      out,
    );
    expect(rows).toBe(3);
    const expected = all.filter((r) => chosen.includes(r.id));
    expect(readCsv(out).slice(1)).toEqual(expected.map((r) => expectedCells(db, r, ['accessionNumber', 'path'])));
  });
});
