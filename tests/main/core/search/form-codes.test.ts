// form: compares EDGAR codes, not spellings: "10-KSB" (as a cover prints it) and "10KSB" (as
// EDGAR files it) are the same form, whichever spelling the archive or the query uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/main/core/db/open';
import { search } from '../../../../src/main/core/search';
import { buildDb, company, doc, filing, type Entry } from './fixture-db';

const FORMS = ['10KSB', '10-KSB', '10KSB/A', '10-KSB/A', '10QSB', '10-QSB', '10-K', '10-K405', 'SC 13D', 'DEF 14A'];

function entries(): Entry[] {
  return FORMS.map((form, i) => {
    const f = filing({
      accessionNumber: `0000950129-04-${String(i).padStart(6, '0')}`,
      formType: form,
      filedDate: '2004-03-01',
      companies: [company({ name: `Company ${i}`, cik: String(1000 + i).padStart(10, '0') })],
      documents: [doc(`Annual report ${i}.`, { type: form, filename: `d${i}.txt` })],
    });
    return { path: `/archive/${f.accessionNumber}.txt`, filing: f };
  });
}

let db: Db;
beforeAll(() => {
  db = buildDb(entries());
});
afterAll(() => db.close());

const forms = (query: string): string[] =>
  search(db, { query, limit: 100 })
    .results.map((r) => r.formType ?? '')
    .sort();

describe('form: treats printed names and EDGAR codes as one form', () => {
  it.each(['form:10-KSB', 'form:10KSB', 'form:10ksb'])('%s finds both spellings of the 10-KSB', (query) => {
    expect(forms(query)).toEqual(['10-KSB', '10KSB']);
  });

  it('finds both spellings of the amendment and of the 10-QSB', () => {
    expect(forms('form:10KSB/A')).toEqual(['10-KSB/A', '10KSB/A']);
    expect(forms('form:10-QSB')).toEqual(['10-QSB', '10QSB']);
  });

  it('takes the family across spellings, and 10-K* stays the 10-K family', () => {
    expect(forms('form:10-KSB*')).toEqual(['10-KSB', '10-KSB/A', '10KSB', '10KSB/A']);
    expect(forms('form:10-K*')).toEqual(['10-K', '10-K405']);
  });

  it('reads schedules and proxies written without their space', () => {
    expect(forms('form:SC13D')).toEqual(['SC 13D']);
    expect(forms('form:DEF14A')).toEqual(['DEF 14A']);
  });
});
