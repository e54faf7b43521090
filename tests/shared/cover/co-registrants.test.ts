// Combined covers: every registrant is its own company with the identifiers the cover pairs
// with it, in cover order, whatever the layout (table rows, stacked names over value rows,
// names in parallel columns, repeated caption blocks).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseFiling } from '../../../src/shared/parser';
import { readCover } from '../../../src/shared/parser/cover';
import { describeWithShared, CORPUS_EVAL, CORPUS_FILES, REPO_DIR } from '../../helpers/shared';

const fixture = (name: string): string => readFileSync(join(REPO_DIR, 'tests', 'fixtures', 'cover', name), 'utf8');
const registrants = (text: string) => {
  const facts = readCover({ text, html: null, declaredType: null });
  return [facts.company, ...facts.otherCompanies].map((c) => [
    c?.name,
    c?.stateOfIncorporation ?? null,
    c?.fileNumber ?? null,
    c?.irsNumber ?? null,
  ]);
};

it('reads stacked names over one row of values per registrant (an LLC and its finance corp)', () => {
  expect(registrants(fixture('co-registrants-stacked.txt'))).toEqual([
    ['HARBOR POINT HOLDINGS, LLC', 'DE', '001-37789', '861067239'],
    ['HARBOR POINT CAPITAL CORP.', 'DE', '333-112593-01', '200257904'],
  ]);
});

it('reads repeated caption blocks, each with its own identifiers', () => {
  expect(registrants(fixture('co-registrants-blocks.txt'))).toEqual([
    ['NORTHWIND ENERGY CORP.', 'OH', '333-21011', '341843785'],
    ['NORTHWIND EDISON COMPANY', 'PA', '1-2578', '250437786'],
  ]);
});

it('reads registrants in parallel columns', () => {
  expect(registrants(fixture('co-registrants-columns.txt'))).toEqual([
    ['SILVER LAKE FUNDING TRUST', 'DE', '333-100001', '516000001'],
    ['SILVER LAKE RECEIVABLES LLC', 'NV', '333-100002', '880000002'],
  ]);
});

it('a cover naming one registrant gives one company', () => {
  const text = fixture('co-registrants-stacked.txt').replace('HARBOR POINT CAPITAL CORP.\n', '');
  expect(registrants(text)).toHaveLength(1);
});

describeWithShared('co-registrants on real covers', () => {
  it('reads the six Southern Company registrants of a combined 8-K table, in cover order', () => {
    const path = join(CORPUS_EVAL, '0000092122-07-000008.htm');
    const filing = parseFiling(new Uint8Array(readFileSync(path)), { path });
    expect(filing.companies.map((c) => [c.role, c.name, c.stateOfIncorporation, c.fileNumber, c.irsNumber])).toEqual([
      ['registrant', 'The Southern Company', 'DE', '1-3526', '580690070'],
      ['registrant', 'Alabama Power Company', 'AL', '1-3164', '630004250'],
      ['registrant', 'Georgia Power Company', 'GA', '1-6468', '580257110'],
      ['registrant', 'Gulf Power Company', 'FL', '0-2429', '590276810'],
      ['registrant', 'Mississippi Power Company', 'MS', '001-11229', '640205820'],
      ['registrant', 'Southern Power Company', 'DE', '333-98553', '582598670'],
    ]);
  });

  it('reads an LLC and its finance corp whose cells hold one value per registrant, in name order', () => {
    const path = join(CORPUS_EVAL, '0001104659-08-021249.htm');
    const filing = parseFiling(new Uint8Array(readFileSync(path)), { path });
    expect(filing.companies.map((c) => [c.name, c.stateOfIncorporation, c.fileNumber, c.irsNumber])).toEqual([
      // The file number, stated once above the names, is the first registrant's.
      ['155 East Tropicana, LLC', 'NV', '333-124924', '202546581'],
      ['155 East Tropicana Finance Corp.', 'NV', null, '201363044'],
    ]);
  });

  it('with a header, keeps every header filer and fills each from its own cover row', () => {
    const path = join(CORPUS_FILES, 'ryankfrench__sec_cover_page_parser', '0000092122-07-000008.txt');
    const filing = parseFiling(new Uint8Array(readFileSync(path)), { path });
    // The header lists the filers in another order than the cover: matched by file number.
    expect(filing.companies.map((c) => c.name)).toEqual([
      'SOUTHERN CO',
      'SOUTHERN POWER CO',
      'MISSISSIPPI POWER CO',
      'GULF POWER CO',
      'GEORGIA POWER CO',
      'ALABAMA POWER CO',
    ]);
    expect(filing.companies[1]).toMatchObject({ stateOfIncorporation: 'DE', sic: expect.any(String) });
    // The header's Gulf Power file number wins; the cover's is kept.
    expect(filing.companies[3]!.fileNumber).toBe('001-31737');
    expect(filing.extra.coverValues).toEqual(expect.arrayContaining(['company.fileNumber (GULF POWER CO): 0-2429']));
  });
});
