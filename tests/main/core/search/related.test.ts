// Related filings (issue 14, item 6): the amendment family is only the original of a form and
// its /A of the same company, file number and period (schedules: the same filers), and the
// previous/next filing of the company and form. A fixture per class, then real filings.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/main/core/db/open';
import { related } from '../../../../src/main/core/search';
import type { Company } from '../../../../src/shared/filing';
import { parseFiling } from '../../../../src/shared/parser';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';
import { buildDb, company, doc, filing, type Entry } from './fixture-db';

const acc = (xs: { accessionNumber: string | null }[]) => xs.map((x) => x.accessionNumber);
const idOf = (db: Db, accession: string) =>
  db.prepare('SELECT id FROM filings WHERE accession = ?').pluck().get(accession) as number;

const a = (n: number) => `0000000042-00-${String(n).padStart(6, '0')}`;

describe('the amendment family and the series of a form (fixtures)', () => {
  let db: Db;
  const co = (over: Partial<Company> = {}) =>
    company({ name: 'ACME CORP', cik: '0000000042', fileNumber: '001-00042', ...over });
  const entry = (
    n: number,
    formType: string,
    filedDate: string,
    periodOfReport: string | null,
    companies = [co()],
  ): Entry => ({
    path: `/x/${n}.txt`,
    filing: filing({
      accessionNumber: a(n),
      formType,
      filedDate,
      periodOfReport,
      companies,
      documents: [doc(`${formType} ${n}`)],
    }),
  });
  const filer = (cik: string): Company => ({ ...company({ name: `FILER ${cik}`, cik }), role: 'filed-by' });
  const subject = { ...co({ fileNumber: '005-00042' }), role: 'subject-company' } as Company;
  beforeAll(() => {
    db = buildDb([
      entry(1, '10-K', '2003-03-01', '2002-12-31'),
      entry(2, '10-K', '2004-03-01', '2003-12-31'),
      entry(3, '10-K/A', '2004-06-01', '2003-12-31'), // amends #2
      entry(4, '10-K/A', '2004-07-01', '2003-12-31'), // amends #2 again
      entry(5, '10-K/A', '2004-08-01', '2003-12-31', [co({ fileNumber: '333-99999' })]), // another registration
      entry(6, '10-K', '2005-03-01', '2004-12-31'),
      entry(7, '10-Q', '2004-05-01', '2004-03-31'),
      entry(8, 'SC 13D', '2004-01-02', '2003-12-20', [subject, filer('0000000100')]),
      entry(9, 'SC 13D/A', '2004-04-02', '2004-03-30', [subject, filer('0000000100')]), // a new event, same filer
      entry(11, '10-K', '2005-06-01', '2003-12-31'), // the same report filed again: another original
      entry(10, 'SC 13D/A', '2004-05-02', '2004-04-30', [subject, filer('0000000200')]), // another filer's
    ]);
  });
  afterAll(() => db.close());
  const rel = (n: number) => related(db, idOf(db, a(n)));

  it('an original lists its amendments only: same file number and period; never another original', () => {
    expect(acc(rel(2).amendments)).toEqual([a(3), a(4)]);
    expect(acc(rel(11).amendments)).toEqual([a(3), a(4)]);
    expect(acc(rel(1).amendments)).toEqual([]);
    expect(acc(rel(6).amendments)).toEqual([]);
  });

  it('an amendment lists its original and its other amendments', () => {
    expect(acc(rel(3).amendments)).toEqual([a(2), a(4), a(11)]);
    expect(acc(rel(5).amendments)).toEqual([]);
  });

  it('a schedule ties amendments by the filer, not by the event date', () => {
    expect(acc(rel(8).amendments)).toEqual([a(9)]);
    expect(acc(rel(9).amendments)).toEqual([a(8)]);
  });

  it('previous and next: the same company and (original) form by date', () => {
    expect(rel(2).previous?.accessionNumber).toBe(a(1));
    expect(rel(2).next?.accessionNumber).toBe(a(6));
    expect(rel(1).previous).toBeNull();
    expect(rel(6).next?.accessionNumber).toBe(a(11));
    expect(rel(11).next).toBeNull();
    // An amendment steps through its form's originals.
    expect(rel(3).previous?.accessionNumber).toBe(a(2));
    expect(rel(3).next?.accessionNumber).toBe(a(6));
    expect(rel(7).previous).toBeNull();
    expect(rel(7).next).toBeNull();
  });
});

describeWithShared('the amendment family on real filings', () => {
  const FILES = [
    // Berkshire Hathaway 13F-HR for 2001-03-31 and its amendment; for 2005-06-30 and its amendment.
    'worwin__edgar-parser/0000950150-01-500322.txt',
    'worwin__edgar-parser/0000950150-02-000139.txt',
    'worwin__edgar-parser/0000950129-05-008251.txt',
    'worwin__edgar-parser/0000950129-06-000307.txt',
    'worwin__edgar-parser/0000950129-05-005719.txt', // a 13F-HR/A for 2004-12-31: no original here
    'worwin__edgar-parser/0000950134-08-002742.txt', // a 13F-HR for 2007-12-31
    // Apple: a 10-Q/A (its header's period is its filing date) beside 10-Qs of other quarters.
    'sec-edgar__sec-edgar/0000320193-97-000021.txt',
    'sec-edgar__sec-edgar/0000320193-97-000014.txt',
    'sec-edgar__sec-edgar/0000320193-98-000003.txt',
    'sec-edgar__sec-edgar/0000320193-98-000006.txt',
  ];
  let db: Db;
  beforeAll(() => {
    db = buildDb(
      FILES.map((rel) => {
        const path = `${CORPUS_FILES}/${rel}`;
        return { path, filing: parseFiling(readFileSync(path), { path }) };
      }),
    );
  });
  afterAll(() => db.close());
  const rel = (accession: string) => related(db, idOf(db, accession));

  it('a 13F-HR and its amendment for the same quarter find each other, and nothing else', () => {
    expect(acc(rel('0000950150-01-500322').amendments)).toEqual(['0000950150-02-000139']);
    expect(acc(rel('0000950150-02-000139').amendments)).toEqual(['0000950150-01-500322']);
    expect(acc(rel('0000950129-05-008251').amendments)).toEqual(['0000950129-06-000307']);
    expect(acc(rel('0000950129-05-005719').amendments)).toEqual([]);
    expect(acc(rel('0000950134-08-002742').amendments)).toEqual([]);
    // Before the fix every 13F-HR/A of the company was an "amendment" of each 13F-HR.
    expect(rel('0000950134-08-002742').sameCompany.length).toBeGreaterThanOrEqual(5);
  });

  it('previous and next 13F-HR of the manager by date', () => {
    const r = rel('0000950129-05-008251');
    expect(r.previous?.accessionNumber).toBe('0000950150-01-500322');
    expect(r.next?.accessionNumber).toBe('0000950134-08-002742');
  });

  it('a 10-Q/A whose quarter is not here lists no 10-Q of other quarters', () => {
    expect(acc(rel('0000320193-97-000021').amendments)).toEqual([]);
    expect(acc(rel('0000320193-98-000003').amendments)).toEqual([]);
    expect(rel('0000320193-98-000003').previous?.accessionNumber).toBe('0000320193-97-000014');
    expect(rel('0000320193-98-000003').next?.accessionNumber).toBe('0000320193-98-000006');
  });
});
