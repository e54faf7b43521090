// One case per row of FORM_CODES (what a cover prints, with its boxes -> EDGAR's code), and the
// comparison spelling normalizeFormCode gives.
import { describe, expect, it } from 'vitest';
import { edgarFormCode, FORM_CODES, normalizeFormCode, type FormMarks } from '../../../src/shared/edgar/form-codes';

const CASES: [printed: string, marks: FormMarks, code: string | null][] = [
  // 10-K and the Item 405 box, 1997-2002
  ['FORM 10-K', {}, '10-K'],
  ['FORM 10-K', { item405: true, periodYear: 1998 }, '10-K405'],
  ['FORM 10-K', { item405: true, periodYear: 2004 }, '10-K'],
  ['FORM 10-K', { item405: true, periodYear: 1993 }, '10-K'],
  ['FORM 10-K405', {}, '10-K405'],
  ['FORM 10-K/A', { item405: true, periodYear: 2001 }, '10-K405/A'],
  // small business
  ['FORM 10-KSB', {}, '10KSB'],
  ['FORM 10-KSB', { item405: true, periodYear: 1999 }, '10KSB40'],
  ['FORM 10-KSB/A', {}, '10KSB/A'],
  ['FORM 10-QSB', {}, '10QSB'],
  ['FORM 10-QSB', { amendment: true }, '10QSB/A'],
  ['FORM 10-KT', {}, '10-KT'],
  // 13F report type and amendment box
  ['Form 13F', { reportType: 'holdings' }, '13F-HR'],
  ['Form 13F', { reportType: 'combination' }, '13F-HR'],
  ['Form 13F', { reportType: 'notice' }, '13F-NT'],
  ['Form 13F', { reportType: 'holdings', amendment: true }, '13F-HR/A'],
  ['FORM 13F-NT', {}, '13F-NT'],
  ['FORM 24F-2', {}, '24F-2NT'],
  // prospectuses
  ['Rule 424(b)(3)', {}, '424B3'],
  ['Rule 424(b)(5)', {}, '424B5'],
  ['424B2', {}, '424B2'],
  ['Free Writing Prospectus', {}, 'FWP'],
  ['Rule 433', {}, 'FWP'],
  // registration statements
  ['FORM S-8', {}, 'S-8'],
  ['FORM S-8', { postEffective: true }, 'S-8 POS'],
  ['FORM S-1', {}, 'S-1'],
  ['FORM S-1', { amendment: true }, 'S-1/A'],
  ['FORM S-1', { postEffective: true }, 'POS AM'],
  ['FORM S-3', {}, 'S-3'],
  ['FORM S-3', { automaticShelf: true }, 'S-3ASR'],
  ['FORM S-3', { automaticShelf: true, postEffective: true }, 'POSASR'],
  ['FORM S-4', {}, 'S-4'],
  ['FORM S-4', { postEffective: true }, 'POS AM'],
  // 8-A by section
  ['FORM 8-A', { section12: 'b' }, '8-A12B'],
  ['FORM 8-A', { section12: 'g' }, '8-A12G'],
  ['FORM 8-A/A', { section12: 'b' }, '8-A12B/A'],
  ['FORM 8-A', {}, null],
  // schedules
  ['SCHEDULE 13D', {}, 'SC 13D'],
  ['SCHEDULE 13D', { amendment: true }, 'SC 13D/A'],
  ['SCHEDULE 13G', {}, 'SC 13G'],
  ['SCHEDULE 13G', { amendment: true }, 'SC 13G/A'],
  // proxy statements
  ['SCHEDULE 14A', { proxy: 'preliminary' }, 'PRE 14A'],
  ['SCHEDULE 14A', { proxy: 'preliminary', amendment: true }, 'PRER14A'],
  ['SCHEDULE 14A', { proxy: 'definitive' }, 'DEF 14A'],
  ['SCHEDULE 14A', { proxy: 'additional' }, 'DEFA14A'],
  ['SCHEDULE 14A', { proxy: 'soliciting' }, 'DEFA14A'],
  ['SCHEDULE 14A', {}, null],
  ['SCHEDULE 14C', { proxy: 'definitive' }, 'DEF 14C'],
  // funds
  ['FORM N-CSR', {}, 'N-CSR'],
  ['FORM N-CSR', { semiAnnual: true }, 'N-CSRS'],
  ['FORM N-CSRS', {}, 'N-CSRS'],
  // late filings
  ['12B-25', { lateReport: '10-K' }, 'NT 10-K'],
  ['12B-25', { lateReport: '10-Q' }, 'NT 10-Q'],
  ['NT 10-K', {}, 'NT 10-K'],
  ['12B-25', {}, null],
  // printed as filed
  ['FORM 10-D', {}, '10-D'],
  ['FORM 6-K', {}, '6-K'],
  ['FORM 20-F', {}, '20-F'],
  ['FORM 40-F', {}, '40-F'],
  ['FORM 11-K', {}, '11-K'],
  ['FORM 10-Q', { amendment: true }, '10-Q/A'],
  ['FORM 8-K', {}, '8-K'],
  ['FORM XYZ', {}, null],
];

describe('edgarFormCode: printed title and check boxes -> EDGAR code', () => {
  it.each(CASES)('%s %j -> %s', (printed, marks, code) => {
    expect(edgarFormCode(printed, marks)).toBe(code);
  });

  it('has a case for every row of the table', () => {
    const used = new Set<number>();
    for (const [printed] of CASES) {
      const title = printed
        .toUpperCase()
        .replace(/^FORM /, '')
        .replace(/\/A$/, '');
      const row = FORM_CODES.findIndex((r) => r.title.test(title));
      if (row >= 0) used.add(row);
    }
    expect([...used].sort((a, b) => a - b)).toEqual(FORM_CODES.map((_r, i) => i));
  });
});

describe('normalizeFormCode: one spelling per form', () => {
  it.each([
    ['10-KSB', '10KSB'],
    ['10KSB', '10KSB'],
    ['10-ksb/a', '10KSB/A'],
    ['10-KSB405', '10KSB40'],
    ['10KSB405', '10KSB40'],
    ['10-QSB', '10QSB'],
    ['10-QSB / A', '10QSB/A'],
    ['Form 10-K', '10-K'],
    ['10-K405', '10-K405'],
    ['SC13D', 'SC 13D'],
    ['SCHEDULE 13G/A', 'SC 13G/A'],
    ['DEF14A', 'DEF 14A'],
    ['NT10-K', 'NT 10-K'],
    ['S-8POS', 'S-8 POS'],
    ['  8-k ', '8-K'],
  ])('%j -> %j', (form, code) => {
    expect(normalizeFormCode(form)).toBe(code);
  });
});
