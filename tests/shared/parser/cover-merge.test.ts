// How cover-page facts join header facts: the header wins, the cover fills gaps, and every
// fact records where it came from.
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Filing } from '../../../src/shared/filing';
import { parseFiling } from '../../../src/shared/parser';
import { emptyCoverFacts } from '../../../src/shared/parser/cover';
import { mergeCover } from '../../../src/shared/parser/cover-merge';
import { emptyCompany, emptyFiling } from '../../../src/shared/parser/empty';
import { describeWithShared, SEEDS_DIR } from '../../helpers/shared';
import { parseCorpusFile } from './corpus-files';

function headerFiling(): Filing {
  const f = emptyFiling('sgml');
  f.formType = '10-K';
  f.sources.formType = 'header';
  f.companies = [{ ...emptyCompany('filer'), name: 'ACME CORP', cik: '0000000001', stateOfIncorporation: 'DE' }];
  f.sources.companies = 'header';
  f.items = [{ code: '2.02', title: 'Results of Operations and Financial Condition' }];
  return f;
}

it('keeps header facts and fills only what the header lacks, recording the source', () => {
  const f = headerFiling();
  const cover = emptyCoverFacts();
  Object.assign(cover, {
    formType: '10-K405',
    periodOfReport: '2023-12-31',
    company: { name: 'Acme Corp.', stateOfIncorporation: 'NV', irsNumber: '123456789' },
    items: [{ code: '8.01', title: 'Other Events' }],
    exhibits: [{ number: '99.1', description: 'Press release' }],
    sources: { formType: 'cover', periodOfReport: 'xbrl', 'company.irsNumber': 'xbrl', exhibits: 'cover' },
    extra: { series: '2004-1' },
    warnings: ['cover: something odd'],
  });
  mergeCover(f, cover);
  expect(f.formType).toBe('10-K');
  expect(f.periodOfReport).toBe('2023-12-31');
  expect(f.companies).toHaveLength(1);
  expect(f.companies[0]).toMatchObject({
    role: 'filer',
    name: 'ACME CORP',
    stateOfIncorporation: 'DE',
    irsNumber: '123456789',
  });
  expect(f.items.map((i) => i.code)).toEqual(['2.02']);
  expect(f.exhibits).toEqual([{ number: '99.1', description: 'Press release' }]);
  expect(f.sources).toEqual({
    formType: 'header',
    companies: 'header',
    periodOfReport: 'xbrl',
    'company.irsNumber': 'xbrl',
    exhibits: 'cover',
  });
  // Where header and cover disagree the header wins and the cover's value is kept.
  expect(f.extra).toEqual({
    series: '2004-1',
    coverValues: ['formType: 10-K405', 'company.stateOfIncorporation (ACME CORP): NV'],
  });
  expect(f.warnings).toEqual(['cover: something odd']);
});

it('does not attach cover facts to a header company it cannot identify', () => {
  const f = headerFiling();
  f.companies.push({ ...emptyCompany('filer'), name: 'OTHER CO', cik: '0000000002' });
  const cover = emptyCoverFacts();
  cover.company = { name: 'Unrelated Trust', irsNumber: '987654321' };
  mergeCover(f, cover);
  expect(f.companies.map((c) => c.irsNumber)).toEqual([null, null]);
});

describeWithShared('cover facts in parsed files', () => {
  it('a seed (header-less 2004 8-K): the registrant and every fact come from the cover', () => {
    const f = parseFiling(readFileSync(join(SEEDS_DIR, '000_0dea11edb6d45523.txt')));
    expect(f).toMatchObject({ format: 'text', accessionNumber: null, formType: '8-K', periodOfReport: '2004-03-24' });
    expect(f.companies).toHaveLength(1);
    expect(f.companies[0]).toMatchObject({
      role: 'registrant',
      name: 'WASHINGTON MUTUAL MORTGAGE SECURITIES CORP.',
      irsNumber: '942528990',
      stateOfIncorporation: 'DE',
      fileNumber: '333-103345',
    });
    expect(f.items.map((i) => i.code)).toEqual(['5', '7']);
    expect(f.exhibits.map((e) => e.number)).toEqual(['99.1']);
    expect(f.sources).toMatchObject({
      formType: 'cover',
      periodOfReport: 'cover',
      companies: 'cover',
      'company.name': 'cover',
      items: 'cover',
    });
  });

  it('a bare inline-XBRL 8-K: dei: facts are sourced "xbrl"', () => {
    const f = parseCorpusFile('dgunning__edgartools/form8K.Blackrock.html');
    expect(f.companies[0]).toMatchObject({
      role: 'registrant',
      name: 'BlackRock Inc.',
      cik: '0001364742',
      fileNumber: '001-33099',
      stateOfIncorporation: 'DE',
    });
    expect(f.sources).toMatchObject({
      formType: 'xbrl',
      periodOfReport: 'xbrl',
      'company.cik': 'xbrl',
      'company.fileNumber': 'xbrl',
    });
  });

  it('a full .nc submission: header facts stay "header", the cover adds exhibits', () => {
    const f = parseCorpusFile('dgunning__edgartools/0001493152-25-001317.nc');
    expect(f.sources).toMatchObject({
      formType: 'header',
      periodOfReport: 'header',
      companies: 'header',
      items: 'header',
      exhibits: 'cover',
    });
    expect(f.exhibits.map((e) => e.number)).toContain('10.1');
    expect(Object.keys(f.sources).filter((k) => k.startsWith('company.'))).toEqual([]);
  });
});

it('matches co-registrants to header filers by file number or name, never by position', () => {
  const f = emptyFiling('sgml');
  f.companies = [
    { ...emptyCompany('filer'), name: 'BETA FINANCE CORP', cik: '0000000002', fileNumber: '333-00002' },
    { ...emptyCompany('filer'), name: 'ALPHA HOLDINGS LLC', cik: '0000000001', fileNumber: '001-00001' },
    { ...emptyCompany('filer'), name: 'GAMMA GUARANTOR INC', cik: '0000000003' },
  ];
  const cover = emptyCoverFacts();
  Object.assign(cover, {
    company: { name: 'Alpha Holdings, LLC', fileNumber: '1-1', irsNumber: '111111111', stateOfIncorporation: 'DE' },
    otherCompanies: [
      { role: 'registrant', name: 'Beta Finance Corp.', fileNumber: '333-2', irsNumber: '222222222' },
      { role: 'registrant', name: 'Delta Unknown Inc.', fileNumber: '333-9', irsNumber: '999999999' },
    ],
  });
  mergeCover(f, cover);
  // Every header filer stays, in header order; each gets its own cover identifiers.
  expect(f.companies.map((c) => [c.name, c.irsNumber])).toEqual([
    ['BETA FINANCE CORP', '222222222'],
    ['ALPHA HOLDINGS LLC', '111111111'],
    ['GAMMA GUARANTOR INC', null],
  ]);
  expect(f.companies[1]!.stateOfIncorporation).toBe('DE');
});

it('adds every registrant of a combined cover when there is no header', () => {
  const f = emptyFiling('html');
  const cover = emptyCoverFacts();
  Object.assign(cover, {
    company: { name: 'Alpha Holdings, LLC', fileNumber: '333-1' },
    otherCompanies: [{ role: 'registrant', name: 'Alpha Capital Corp.', fileNumber: '333-1-01' }],
  });
  mergeCover(f, cover);
  expect(f.companies.map((c) => [c.role, c.name, c.fileNumber])).toEqual([
    ['registrant', 'Alpha Holdings, LLC', '333-1'],
    ['registrant', 'Alpha Capital Corp.', '333-1-01'],
  ]);
});
