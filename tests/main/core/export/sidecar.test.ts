import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { exportCsv } from '../../../../src/main/core/export/export-csv';
import { SIDECAR_FORMAT } from '../../../../src/main/core/export/sidecar';
import type { ExportRequest } from '../../../../src/shared/api/types';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';
import { readCsv, useIndexedArchive } from './helpers';

interface Sidecar {
  format: string;
  query: string;
  sort: string | null;
  columns: string[];
  bom: boolean;
  files: { accessionNumber: string | null; path: string; sha256: string }[];
  rows: number;
  exportedAt: string;
  csv: { name: string; bytes: number; sha256: string };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describeWithShared('export sidecar', () => {
  const archive = useIndexedArchive(() => [CORPUS_FILES]);
  const request: ExportRequest = {
    query: 'form:10-K OR form:10-Q OR form:8-K',
    sort: 'filed',
    columns: ['accessionNumber', 'path'],
    bom: true,
  };

  it('records the request, the row count, the CSV hash and every source file hash', async () => {
    const { db, dir } = archive();
    const out = join(dir, 'with-sidecar.csv');
    const before = Date.now();
    const { rows, sidecarPath } = await exportCsv(db, request, out, { sidecar: true });
    expect(sidecarPath).toBe(`${out}.json`);
    const sidecar = JSON.parse(readFileSync(sidecarPath!, 'utf8')) as Sidecar;
    expect(sidecar).toMatchObject({
      format: SIDECAR_FORMAT,
      query: request.query,
      sort: 'filed',
      columns: request.columns,
      bom: true,
      rows,
    });
    expect(Date.parse(sidecar.exportedAt)).toBeGreaterThanOrEqual(before - 1000);
    const csvBytes = readFileSync(out);
    expect(sidecar.csv).toEqual({ name: 'with-sidecar.csv', bytes: csvBytes.length, sha256: sha256(csvBytes) });

    // Exactly the files behind the rows, in row order, each hash that of the bytes on disk.
    const csvRows = readCsv(out).slice(1);
    expect(csvRows).toHaveLength(rows);
    const expectedFiles = csvRows.flatMap(([accession, paths]) =>
      paths.split('; ').map((path) => ({ accession, path })),
    );
    expect(sidecar.files.map((f) => ({ accession: f.accessionNumber ?? '', path: f.path }))).toEqual(expectedFiles);
    for (const f of sidecar.files) expect(f.sha256).toBe(sha256(readFileSync(f.path)));
  });

  it('is not left behind, whole or in part, when the export is cancelled', async () => {
    const { db, dir } = archive();
    const folder = join(dir, 'cancelled');
    mkdirSync(folder);
    const ctl = new AbortController();
    ctl.abort();
    await expect(
      exportCsv(db, request, join(folder, 'x.csv'), { sidecar: true, signal: ctl.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(readdirSync(folder)).toEqual([]);
  });
});
