// The two 2004 asset-backed 8-Ks the product started from must be read exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readCover } from '../../../src/shared/parser/cover';
import { describeWithShared, SEEDS_DIR } from '../../helpers/shared';

const seed = (name: string): string => readFileSync(join(SEEDS_DIR, name), 'latin1');

const WAMU = 'WASHINGTON MUTUAL MORTGAGE SECURITIES CORP.';
const OFFICE = {
  street1: '1201 THIRD AVENUE',
  street2: 'WMT 1706',
  city: 'SEATTLE',
  state: 'WA',
  zip: '98101',
};
/** Both seeds state the same registrant on their covers. */
const REGISTRANT = {
  name: WAMU,
  stateOfIncorporation: 'DE',
  fileNumber: '333-103345',
  irsNumber: '942528990',
  businessAddress: OFFICE,
  phone: '(206) 377-8555',
};
const ITEM_7 = {
  code: '7',
  title: 'Financial Statements, Pro Forma Financial Information and Exhibits',
};
const SIGNER = { name: 'David H. Zielke', title: 'First Vice President and Counsel' };

describeWithShared('seeds: cover facts', () => {
  it('reads the auditors-report 8-K of March 24, 2004', () => {
    const facts = readCover({ text: seed('000_0dea11edb6d45523.txt'), html: null, declaredType: null });
    expect(facts.formType).toBe('8-K');
    expect(facts.periodOfReport).toBe('2004-03-24');
    expect(facts.companyRole).toBe('registrant');
    expect(facts.company).toEqual(REGISTRANT);
    expect(facts.items).toEqual([{ code: '5', title: 'Other Events and Regulation FD Disclosure' }, ITEM_7]);
    expect(facts.exhibits).toEqual([{ number: '99.1', description: 'Report of Independent Public Auditors.' }]);
    expect(facts.signatures).toEqual([{ ...SIGNER, date: '2004-03-24' }]);
    expect(facts.extra).toEqual({});
    expect(facts.sources['company.irsNumber']).toBe('cover');
    expect(facts.warnings).toEqual([]);
  });

  it('reads the series 2004-RS1 8-K of February 25, 2004 with its series and amount', () => {
    const facts = readCover({ text: seed('001_26ba4f6a7aa7389e.txt'), html: null, declaredType: null });
    expect(facts.formType).toBe('8-K');
    expect(facts.periodOfReport).toBe('2004-02-25');
    expect(facts.company).toEqual(REGISTRANT);
    expect(facts.items).toEqual([ITEM_7]);
    expect(facts.exhibits).toHaveLength(1);
    expect(facts.exhibits[0]!.number).toBe('99.1');
    expect(facts.exhibits[0]!.description).toMatch(
      /^Materials prepared by Deutsche Bank Securities Inc\. in connection with the Registrant's WaMu Mortgage Pass-Through Certificates, Series 2004-RS1 .* telephone number 212-250-2589\.$/,
    );
    expect(facts.signatures).toEqual([{ ...SIGNER, date: '2004-02-25' }]);
    expect(facts.extra).toEqual({
      series: '2004-RS1',
      amount: '$414,498,021',
      securities: 'WaMu MORTGAGE PASS-THROUGH CERTIFICATES',
    });
  });
});
