// Ownership forms (3/4/5, SC 13D/13G) are listed under their issuer, and sorting by company
// sorts by that same company: the one shownCompany picks, as the results table shows it.
import { afterAll, describe, expect, it } from 'vitest';
import { search } from '../../../../src/main/core/search';
import { shownCompany } from '../../../../src/shared/edgar/shown-company';
import { buildDb, company, filing } from './fixture-db';

// The reporting owner comes first as FILER, as in older ownership filings: the store's
// former rule (the first filer or subject company) listed these under the owner.
const entries = [
  {
    path: 'a.txt',
    filing: filing({
      accessionNumber: '0000000001-05-000001',
      formType: '4',
      companies: [
        company({ role: 'filer', name: 'AARDVARK JOHN', cik: '0000000011' }),
        company({ role: 'subject-company', name: 'ZULU INDUSTRIES INC', cik: '0000000012' }),
      ],
    }),
  },
  {
    path: 'b.txt',
    filing: filing({
      accessionNumber: '0000000001-05-000002',
      formType: 'SC 13D/A',
      companies: [
        company({ role: 'filed-by', name: 'ZEBRA CAPITAL LP', cik: '0000000021' }),
        company({ role: 'subject-company', name: 'BRAVO HOLDINGS CORP', cik: '0000000022' }),
      ],
    }),
  },
  {
    path: 'c.txt',
    filing: filing({
      accessionNumber: '0000000001-05-000003',
      formType: '8-K',
      companies: [company({ role: 'filer', name: 'MIKE MOTORS INC', cik: '0000000031' })],
    }),
  },
];

describe('issuer rows', () => {
  const db = buildDb(entries);
  afterAll(() => db.close());

  it('lists an ownership form under its issuer, the owners second', () => {
    const [form4] = search(db, { query: 'form:4' }).results;
    const shown = shownCompany(form4.formType, form4.companies);
    expect(shown).toMatchObject({ issuer: true, primary: { name: 'ZULU INDUSTRIES INC', cik: '0000000012' } });
    expect(shown.others.map((c) => c.name)).toEqual(['AARDVARK JOHN']);
  });

  it('sorts by company by the company shown', () => {
    const names = (order: 'asc' | 'desc') =>
      search(db, { query: '', sort: 'company', order }).results.map(
        (r) => shownCompany(r.formType, r.companies).primary?.name,
      );
    expect(names('asc')).toEqual(['BRAVO HOLDINGS CORP', 'MIKE MOTORS INC', 'ZULU INDUSTRIES INC']);
    expect(names('desc')).toEqual(['ZULU INDUSTRIES INC', 'MIKE MOTORS INC', 'BRAVO HOLDINGS CORP']);
  });

  it('names distinct companies once', () => {
    const twice = [
      { role: 'filer', name: 'CVR ENERGY INC', cik: '1' },
      { role: 'filer', name: 'CVR Energy Inc', cik: '1' },
      { role: 'subject-company', name: 'CVR PARTNERS LP', cik: '2' },
    ];
    const shown = shownCompany('8-K', twice);
    expect(shown.primary?.name).toBe('CVR ENERGY INC');
    expect(shown.others.map((c) => c.name)).toEqual(['CVR PARTNERS LP']);
  });
});
