// Facts read from markup rather than prose: inline XBRL dei: tags (which win over the cover
// text) and the XML forms (ownership reports, 13F, Form D), on real corpus documents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readCover } from '../../../src/shared/parser/cover';
import { CORPUS_EVAL, CORPUS_FILES, describeWithShared } from '../../helpers/shared';
import { coverOf } from './cover-of';

const latin1 = (path: string): string => readFileSync(path, 'latin1');

/** The first <XML> document of a full submission. */
function xmlDocument(path: string): string {
  const raw = latin1(path);
  const start = raw.indexOf('<XML>');
  return raw.slice(start + 5, raw.indexOf('</XML>', start));
}

describeWithShared('cover facts from inline XBRL', () => {
  it('reads the dei: facts of an 8-K and marks them xbrl', () => {
    const facts = coverOf(join(CORPUS_EVAL, '0001493152-25-001317.htm'));
    expect(facts.formType).toBe('8-K');
    expect(facts.periodOfReport).toBe('2025-01-06');
    expect(facts.company).toMatchObject({
      cik: '0000880984',
      fileNumber: '001-33886',
      stateOfIncorporation: 'DE',
      irsNumber: '222786081',
    });
    expect(facts.company?.name?.replace(/\s+/g, ' ')).toMatch(/^ACORN ?ENERGY, INC\.$/);
    expect(facts.sources).toMatchObject({
      formType: 'xbrl',
      periodOfReport: 'xbrl',
      'company.cik': 'xbrl',
      'company.irsNumber': 'xbrl',
    });
    // Items still come from the text: dei: tags do not list them.
    expect(facts.items.map((i) => i.code)).toEqual(['5.02', '9.01']);
    expect(facts.sources.items).toBe('cover');
  });

  it("reads a 10-K's registrant, address and phone", () => {
    const path = join(CORPUS_FILES, 'alphanome-ai__sec-parser-test-data', '2f3cf352_primary-document.html');
    const facts = coverOf(path);
    expect(facts.formType).toBe('10-K');
    expect(facts.periodOfReport).toBe('2024-09-28');
    expect(facts.company).toMatchObject({
      name: 'Apple Inc.',
      cik: '0000320193',
      fileNumber: '001-36743',
      stateOfIncorporation: 'CA',
      irsNumber: '942404110',
      phone: '(408) 996-1010',
    });
    expect(facts.company?.businessAddress).toMatchObject({ city: 'Cupertino', state: 'CA', zip: '95014' });
  });
});

describeWithShared('cover facts of XML forms', () => {
  it('reads a Form 4: issuer, reporting owner, period, signature', () => {
    const xml = xmlDocument(join(CORPUS_FILES, 'DarkMindFX__DarkMindFX.Filings', '0000320193-17-000018.txt'));
    const facts = readCover({ text: xml, html: xml, declaredType: '4' });
    expect(facts.formType).toBe('4');
    expect(facts.periodOfReport).toBe('2017-08-16');
    expect(facts.companyRole).toBe('issuer');
    expect(facts.company).toEqual({ name: 'APPLE INC', cik: '0000320193' });
    expect(facts.otherCompanies).toEqual([
      {
        role: 'reporting-owner',
        name: 'Srouji Johny',
        cik: '0001661960',
        businessAddress: { street1: '1 INFINITE LOOP', street2: null, city: 'CUPERTINO', state: 'CA', zip: '95014' },
      },
    ]);
    expect(facts.signatures).toEqual([
      { name: 'Sam Whittington, Attorney-in-Fact for Johny Srouji', title: null, date: '2017-08-18' },
    ]);
  });

  it('reads a 13F-HR cover: manager, CIK, quarter, file number, signer', () => {
    const xml = xmlDocument(join(CORPUS_FILES, 'Pranshu-J__InstitutionalHoldings', 'filing.txt'));
    const facts = readCover({ text: xml, html: xml, declaredType: null });
    expect(facts.formType).toBe('13F-HR');
    expect(facts.periodOfReport).toBe('2025-06-30');
    expect(facts.companyRole).toBe('filer');
    expect(facts.company).toMatchObject({ name: 'Rithm Capital Corp.', cik: '0001556593', fileNumber: '028-25604' });
    expect(facts.signatures).toEqual([{ name: 'David Zeiden', title: 'Chief Legal Officer', date: '2025-08-14' }]);
  });

  it('reads a Form D primary issuer', () => {
    const xml = xmlDocument(join(CORPUS_FILES, 'krymer15__edgar-app', '0000925421-24-000007.txt'));
    const facts = readCover({ text: xml, html: xml, declaredType: null });
    expect(facts.formType).toBe('D/A');
    expect(facts.companyRole).toBe('issuer');
    expect(facts.company).toMatchObject({
      name: '10H Capital Fund II, LP',
      cik: '0001930609',
      stateOfIncorporation: 'DE',
      businessAddress: { street1: '4711 GOLF ROAD, STE 200', street2: null, city: 'SKOKIE', state: 'IL', zip: '60076' },
    });
  });
});
