import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/main/core/db/open';
import { browseCompanies, getDocument, getFiling, related, search, suggest } from '../../../../src/main/core/search';
import { indexTerms } from '../../../../src/shared/query/text';
import { buildDb, company, doc, filing, type Entry } from './fixture-db';
import { syntheticEntries } from './synthetic';

let db: Db;
const extra: Entry[] = [
  {
    path: '/x/amend/original.txt',
    filing: filing({
      accessionNumber: '0000999999-04-000001',
      formType: '10-K',
      filedDate: '2004-03-01',
      companies: [
        company({
          name: 'RENAMED CO',
          cik: '0000999999',
          fileNumber: '001-55555',
          formerNames: [{ name: 'OLD NAME CO', changed: '2001-01-01' }],
          businessAddress: { street1: '1 Main St', street2: null, city: 'Dover', state: 'DE', zip: '19901' },
        }),
      ],
      documents: [
        doc('Annual report. Servicing, services and SERVICE levels; the servicer serviced loans.', { type: '10-K' }),
        doc('Exhibit text', { sequence: 2, type: 'EX-21', filename: 'ex21.txt' }),
      ],
      exhibits: [{ number: '21', description: 'Subsidiaries' }],
      sources: { formType: 'header' },
      extra: { series: ['A', 'B'] },
      warnings: ['something odd'],
    }),
  },
  {
    path: '/x/amend/amendment.txt',
    filing: filing({
      accessionNumber: '0000999999-04-000002',
      formType: '10-K/A',
      filedDate: '2004-05-01',
      companies: [company({ name: 'RENAMED CO', cik: '0000999999', fileNumber: '001-55555' })],
      documents: [doc('Amendment No. 1')],
    }),
  },
  {
    // A header-less document named for its accession: no filed date, dated by its report.
    path: '/x/sec-edgar-filings/OTHER/8-K/0000888888-04-000003/primary-document.html',
    filing: filing({
      format: 'html',
      accessionNumber: '0000888888-04-000003',
      formType: '8-K',
      periodOfReport: '2004-06-15',
      companies: [company({ name: 'OTHER CO', cik: '0000888888' })],
      documents: [doc('Current report')],
      sources: { accessionNumber: 'path', formType: 'cover', periodOfReport: 'cover' },
    }),
  },
];

beforeAll(() => {
  db = buildDb([...syntheticEntries(40), ...extra]);
});
afterAll(() => db.close());

const idOf = (acc: string) => db.prepare('SELECT id FROM filings WHERE accession = ?').pluck().get(acc) as number;

describe('getFiling', () => {
  it('returns metadata, companies, documents, exhibits, meta_json parts and paths', () => {
    const f = getFiling(db, idOf('0000999999-04-000001'))!;
    expect(f).toMatchObject({
      accessionNumber: '0000999999-04-000001',
      formType: '10-K',
      filedDate: '2004-03-01',
      exhibits: [{ number: '21', description: 'Subsidiaries' }],
      sources: { formType: 'header' },
      extra: { series: ['A', 'B'] },
      warnings: ['something odd'],
      paths: ['/x/amend/original.txt'],
    });
    expect(f.companies[0]).toMatchObject({
      name: 'RENAMED CO',
      formerNames: [{ name: 'OLD NAME CO', changed: '2001-01-01' }],
      businessAddress: { city: 'Dover', zip: '19901' },
    });
    expect(f.documents.map((d) => d.type)).toEqual(['10-K', 'EX-21']);
    expect([f.date, f.dateKind]).toEqual(['2004-03-01', 'filed']);
    expect(getFiling(db, 987654)).toBeNull();
  });

  it('gives a header-less document its date of report as its date, and says where its accession came from', () => {
    const f = getFiling(db, idOf('0000888888-04-000003'))!;
    expect(f).toMatchObject({
      filedDate: null,
      periodOfReport: '2004-06-15',
      date: '2004-06-15',
      dateKind: 'report',
      sources: { accessionNumber: 'path' },
    });
  });
});

describe('getDocument', () => {
  it('returns the text and every hit, stems included', () => {
    const f = getFiling(db, idOf('0000999999-04-000001'))!;
    const view = getDocument(db, { docId: f.documents[0].id, query: 'servicing -x form:10-K' })!;
    expect(view.text).toContain('Annual report.');
    const words = view.hits.map(([s, e]) => view.text.slice(s, e));
    expect(words).toEqual(['Servicing', 'services', 'SERVICE', 'servicer', 'serviced']);
    for (const w of words) expect(indexTerms(w)).toEqual(['servic']);
    expect(view.html).toBeNull();
    expect(getDocument(db, { docId: f.documents[0].id })!.hits).toEqual([]);
    expect(getDocument(db, { docId: 987654 })).toBeNull();
  });
});

describe('related', () => {
  it('finds the same company, file number and amendments', () => {
    const r = related(db, idOf('0000999999-04-000001'));
    const acc = (xs: { accessionNumber: string | null }[]) => xs.map((x) => x.accessionNumber);
    expect(acc(r.sameCompany)).toEqual(['0000999999-04-000002']);
    expect(acc(r.sameFileNumber)).toEqual(['0000999999-04-000002']);
    expect(acc(r.amendments)).toEqual(['0000999999-04-000002']);
    expect(acc(related(db, idOf('0000999999-04-000002')).amendments)).toEqual(['0000999999-04-000001']);
  });
});

describe('suggest and browse', () => {
  it('suggests values with counts', () => {
    const forms = suggest(db, { field: 'form', prefix: '10-K' });
    expect(forms.map((s) => s.value)).toEqual(expect.arrayContaining(['10-K', '10-K/A']));
    const truth = db.prepare("SELECT count(*) FROM filings WHERE form_type = '10-K'").pluck().get();
    expect(forms.find((s) => s.value === '10-K')!.count).toBe(truth);
    expect(suggest(db, { field: 'company', prefix: 'mutual' })[0].value).toBe('WASHINGTON MUTUAL INC');
    expect(suggest(db, { field: 'exhibit', prefix: 'EX-2' }).map((s) => s.value)).toEqual(['EX-21']);
    expect(suggest(db, { field: 'form', prefix: '%' })).toEqual([]);
  });

  it('browses companies with counts and former names', () => {
    const { total, companies } = browseCompanies(db, { prefix: 'renamed' });
    expect(total).toBe(1);
    expect(companies[0]).toMatchObject({
      name: 'RENAMED CO',
      cik: '0000999999',
      filings: 2,
      formerNames: ['OLD NAME CO'],
    });
    const all = browseCompanies(db, { limit: 2, offset: 1 });
    expect(all.companies).toHaveLength(2);
    expect(all.total).toBeGreaterThan(3);
  });

  it('search results carry their paths and documents', () => {
    const r = search(db, { query: 'annual', limit: 5 }).results;
    expect(r.map((x) => x.accessionNumber)).toEqual(['0000999999-04-000001']);
    expect(r[0].paths).toEqual(['/x/amend/original.txt']);
    expect(r[0].docId).toBe(getFiling(db, r[0].id)!.documents[0].id);
  });
});
