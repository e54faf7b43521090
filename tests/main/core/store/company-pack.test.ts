// A filing posted from a parse worker to the writer carries its companies packed as bytes
// (company-pack.ts); what the writer stores must equal what it stores from the filing itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/core/db/open';
import { FileRecords } from '../../../../src/main/core/store/file-records';
import { FilingWriter } from '../../../../src/main/core/store/filing-writer';
import {
  forTransfer,
  prepareFiling,
  type PreparedCompany,
  type PreparedFiling,
} from '../../../../src/main/core/store/prepared-filing';
import { parseFiling } from '../../../../src/shared/parser';
import { tempDir } from '../indexer/fixtures';

const SEED = join(import.meta.dirname, '../../../../samples/filings/seed-8k-2004-02-wamu-mortgage.txt');

/** Companies with what JSON lines must survive: line breaks, quotes, non-Latin text, a lone surrogate, nulls. */
function companies(n: number): PreparedCompany[] {
  const odd = ['A\nB "quoted" \\ co', 'Société Générale — 日本', 'broken \ud800 pair', ''];
  return Array.from({ length: n }, (_, i) => ({
    role: i % 2 ? 'filer' : 'subject',
    name: i % 97 === 0 ? null : `${odd[i % odd.length]} ${i}`,
    cik: String(2_000_000 + i),
    sic: i % 3 ? '6022' : null,
    irsNumber: null,
    state: i % 5 ? 'DE' : null,
    fiscalYearEnd: '1231',
    fileNumber: i % 7 ? `333-${i}` : null,
    businessAddress: i % 11 ? JSON.stringify({ street1: `${i} Main St\n#2`, city: 'Seattle' }) : null,
    mailAddress: null,
    phone: i % 13 ? '206-555-0100' : null,
    formerNames: JSON.stringify(i % 17 ? [] : [{ name: `OLD ${i}`, date: '19990101' }]),
  }));
}

function stored(f: PreparedFiling): unknown[] {
  const db = openDatabase(join(tempDir(), 'a.db'));
  const file = new FileRecords(db).putIndexed(
    { rootId: null as unknown as number, path: '/x.nc', size: 1, mtimeMs: 1 },
    'h',
    null,
    2,
  );
  const w = new FilingWriter(db);
  w.transaction(() => w.insert(f, file));
  const rows = db.prepare('SELECT * FROM companies ORDER BY ord').all();
  db.close();
  return rows;
}

it('stores the same company rows from a filing posted between threads as from the filing itself (40,000 companies)', () => {
  const base = prepareFiling(parseFiling(readFileSync(SEED), { path: SEED }), 'ab'.repeat(32));
  const f: PreparedFiling = { ...base, companies: companies(40_000) };
  const direct = stored(f);
  // What a worker posts: the companies as transferred bytes, none as objects.
  const { filing, transfer } = forTransfer(f);
  const posted = structuredClone(filing, { transfer });
  expect(posted.companies).toEqual([]);
  expect(posted.packedCompanies!.length).toBeGreaterThan(1);
  expect(stored(posted)).toEqual(direct);
  expect(direct).toHaveLength(40_000);
});

it('posts a filing without companies as none', () => {
  const base = prepareFiling(parseFiling(readFileSync(SEED), { path: SEED }), 'ab'.repeat(32));
  const { filing, transfer } = forTransfer({ ...base, companies: [] });
  expect(stored(structuredClone(filing, { transfer }))).toEqual([]);
});
