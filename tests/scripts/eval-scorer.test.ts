// The scorer's own rules (scripts/eval-parser.ts, scripts/eval/*): what counts as stated on a
// cover, which documents have none, how companies and form codes are compared.
import { describe, expect, it } from 'vitest';
import { coverArea, noCoverReason } from '../../scripts/eval/cover-area';
import { formFamily } from '../../scripts/eval/families';
import { matchCompany, printedForm } from '../../scripts/eval-parser';

const filler = (n: number): string => `${'Lorem ipsum dolor sit amet. '.repeat(Math.ceil(n / 28))}`.slice(0, n);

describe('coverArea', () => {
  it('is the first page when it is long enough', () => {
    const text = `FORM 10-K\n${filler(3000)}\f\nItem 405 box [X]\f\nbody`;
    expect(coverArea(text)).toContain('FORM 10-K');
    expect(coverArea(text)).not.toContain('Item 405');
  });

  it('takes the next page when the first is a short title sheet', () => {
    const text = `FORM 8-K\n${filler(500)}\f\nDelaware (State of incorporation)\f\n${filler(3000)} Exhibit 3.1`;
    const area = coverArea(text);
    expect(area).toContain('Delaware');
    expect(area).not.toContain('Exhibit 3.1');
  });

  it('ends at a table of contents or PART I heading', () => {
    const text = `FORM 10-K\n${filler(1000)}\nTABLE OF CONTENTS\nItem 1. Business ... Commission file 1-2217\n`;
    expect(coverArea(text)).not.toContain('1-2217');
    const part = `FORM 10-K\n${filler(1000)}\nPART I\nItem 1. Business 1-2217\n`;
    expect(coverArea(part)).not.toContain('1-2217');
  });

  it('is bounded without page breaks', () => {
    expect(coverArea(`FORM 10-K ${filler(20_000)}`).length).toBeLessThanOrEqual(6000);
  });
});

describe('noCoverReason', () => {
  it.each(['CORRESP', 'UPLOAD', '40-17G', 'EX-31.1', 'NPORT-EX'])('%s has no cover', (type) => {
    expect(noCoverReason(type, type, 'SECURITIES AND EXCHANGE COMMISSION\nFORM')).toBe(type);
  });

  it('a letter filed under another type has none', () => {
    expect(noCoverReason(null, '8-K', 'Acme Corp\n100 Main St\n\nDear Mr. Smith:\nWe write')).toBe('letter');
  });

  it('a report has one', () => {
    expect(noCoverReason('10-K', '10-K', 'UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nFORM 10-K')).toBe(null);
  });
});

describe('printedForm', () => {
  const states = (code: string, text: string): boolean => printedForm(code).every((re) => re.test(text));
  it('reads codes as covers print them', () => {
    expect(states('10-K405', 'form 10-k item 405 of regulation s-k')).toBe(true);
    expect(states('10-K405', 'form 10-k')).toBe(false);
    expect(states('10KSB', 'form 10-ksb')).toBe(true);
    expect(states('DEF 14A', 'schedule 14a information')).toBe(true);
    expect(states('424B5', 'filed pursuant to rule 424(b)(5)')).toBe(true);
    expect(states('424B5', 'filed pursuant to rule 424(b)(3)')).toBe(false);
    expect(states('SC 13G/A', 'schedule 13g')).toBe(true);
    expect(states('8-K', 'form 8-k')).toBe(true);
    expect(states('8-K', 'form 8-k12b')).toBe(false);
  });
});

describe('matchCompany', () => {
  const companies = [
    { role: 'registrant' as const, name: 'ALPHA HOLDINGS INC', cik: null, fileNumber: '1-100' },
    { role: 'registrant' as const, name: 'ALPHA FINANCE CORP', cik: null, fileNumber: '333-200' },
    { role: 'reporting-owner' as const, name: 'BETA PARTNERS LP', cik: '0000000002', fileNumber: null },
  ];

  it('matches by file number, then name, within the role, never by position alone', () => {
    expect(matchCompany(companies, { role: 'filer', fileNumber: '333-00200' })?.name).toBe('ALPHA FINANCE CORP');
    expect(matchCompany(companies, { role: 'filer', name: 'Alpha Finance Corporation' })?.name).toBe(
      'ALPHA FINANCE CORP',
    );
    expect(matchCompany(companies, { role: 'subject-company', name: 'BETA PARTNERS LP' })).toBe(null);
  });

  it('matches by CIK first', () => {
    expect(matchCompany(companies, { role: 'reporting-owner', cik: '0000000002' })?.name).toBe('BETA PARTNERS LP');
  });
});

describe('formFamily', () => {
  it.each([
    ['8-K/A', '8-K'],
    ['6-K', '8-K'],
    ['10-K405', '10-K'],
    ['10KSB', '10-K'],
    ['10-Q', '10-Q'],
    ['424B5', 'prospectus'],
    ['S-3ASR', 'prospectus'],
    ['PRER14A', 'proxy'],
    ['DEFA14A', 'proxy'],
    ['13F-HR/A', '13F'],
    ['SC 13D/A', '13D/G'],
    ['N-CSR', 'fund'],
    ['485APOS', 'fund'],
    ['ABS-15G', 'ABS'],
    ['10-D', 'ABS'],
    ['4', 'ownership'],
    ['8-A12B/A', 'other'],
  ])('%s is in family %s', (form, family) => {
    expect(formFamily(form)).toBe(family);
  });
});
