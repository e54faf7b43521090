// Cover layouts found in the corpus, each read through the parser's own text extraction:
// values side by side in text columns, combined filings listing several registrants, a cover
// that starts after hidden XBRL text, HTML renderings of Form 3/4, exhibits that only mention
// a form, and the 10-K405 box.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { CoverFacts } from '../../../src/shared/parser/cover';
import { CORPUS_EVAL, CORPUS_FILES, describeWithShared } from '../../helpers/shared';
import { coverOf } from './cover-of';

const evalDoc = (name: string): CoverFacts => coverOf(join(CORPUS_EVAL, name));
const corpusDoc = (...parts: string[]): CoverFacts => coverOf(join(CORPUS_FILES, ...parts));

describeWithShared('cover layouts in the corpus', () => {
  it('reads the identifiers one per line above their captions (HTML)', () => {
    const facts = evalDoc('0000037996-17-000084.htm');
    expect(facts).toMatchObject({ formType: '8-K', periodOfReport: '2017-10-03' });
    expect(facts.company).toMatchObject({
      name: 'FORD MOTOR COMPANY',
      stateOfIncorporation: 'DE',
      fileNumber: '1-3950',
      irsNumber: '380549190',
      businessAddress: { street1: 'One American Road', street2: null, city: 'Dearborn', state: 'MI', zip: '48126' },
      phone: '(313) 322-3000',
    });
    expect(facts.exhibits).toEqual([{ number: '99', description: 'News release dated October 3, 2017' }]);
    expect(facts.signatures).toEqual([
      { name: 'Corey M. MacGillivray', title: 'Assistant Secretary', date: '2017-10-03' },
    ]);
  });

  it('reads an inline file number and a state/IRS row with a ZIP code in its own column (text)', () => {
    const facts = evalDoc('0000021344-98-000004.txt');
    expect(facts).toMatchObject({ formType: '10-K', periodOfReport: '1997-12-31' });
    expect(facts.company).toMatchObject({
      name: 'THE COCA-COLA COMPANY',
      stateOfIncorporation: 'DE',
      fileNumber: '001-02217',
      irsNumber: '580628465',
      businessAddress: { street1: 'ONE COCA-COLA PLAZA', city: 'ATLANTA', state: 'GA', zip: '30313' },
    });
  });

  it('takes the name from its caption column when state, name and IRS number share a row', () => {
    const facts = evalDoc('0000703901-98-000003.txt');
    expect(facts.company).toMatchObject({
      name: 'Food Concepts, Inc.',
      stateOfIncorporation: 'NV',
      irsNumber: '133124057',
      phone: '(954) 420-0882',
    });
    expect(facts.items).toEqual([{ code: '5', title: 'Other Events' }]);
  });

  it('reads the first registrant of a combined filing table (HTML and text)', () => {
    expect(evalDoc('0000092122-07-000008.htm').company).toMatchObject({
      name: 'The Southern Company',
      stateOfIncorporation: 'DE',
      fileNumber: '1-3526',
      irsNumber: '580690070',
    });
    expect(corpusDoc('ryankfrench__sec_cover_page_parser', 'yearend048k.txt').company).toMatchObject({
      name: 'The Southern Company',
      irsNumber: '580690070',
    });
  });

  it('lists co-registrants first-named first', () => {
    expect(evalDoc('0001104659-08-021249.htm').company?.name).toBe('155 East Tropicana, LLC');
  });

  it('finds a cover that follows hidden XBRL text', () => {
    const facts = corpusDoc('nss-data-science-cohort-5__sec_filings_for_real-x', 'mtn-20210731.htm');
    expect(facts.formType).toBe('10-K');
    expect(facts.periodOfReport).toBe('2021-07-31');
    expect(facts.company).toMatchObject({
      name: 'Vail Resorts, Inc.',
      fileNumber: '001-09614',
      irsNumber: '510291762',
    });
    expect(facts.items).toEqual([]);
  });

  it('reads the issuer and reporting person of Form 3/4 HTML renderings and old text', () => {
    const form4 = corpusDoc('dgunning__edgartools', 'form4.Evans.html');
    expect(form4).toMatchObject({ formType: '4', companyRole: 'issuer', periodOfReport: '2023-01-24' });
    expect(form4.company).toEqual({ name: 'EVANS BANCORP INC' });
    expect(form4.otherCompanies).toEqual([{ role: 'reporting-owner', name: 'SULLIVAN NORA B' }]);
    expect(corpusDoc('dgunning__edgartools', 'form3.snow.html').company).toEqual({ name: 'Snowflake Inc.' });
    const old = evalDoc('0001094891-00-000193.txt');
    expect(old).toMatchObject({ formType: '4', periodOfReport: '2000-02-29' });
    expect(old.company).toEqual({ name: 'Productivity Technologies Corp.' });
  });

  it('keeps an exhibit its declared type and names no registrant from its headline', () => {
    const release = corpusDoc('IMTorgOpenDataTools__sec-edgar-extractor', 'q12022financialhighlightsa.htm');
    expect(release.formType).toBe('EX-99.1');
    expect(release.company?.name ?? null).toBeNull();
    const certification = corpusDoc('sakshi-singla__NLP_SEC_filings', 'EX-31.1_0000014693-19-000099.txt');
    expect(certification.formType).toBe('EX-31.1');
  });

  it('tells 10-K405 by its checked Item 405 box, and only before 2003', () => {
    expect(evalDoc('0000950130-96-000896.txt').formType).toBe('10-K405');
    expect(evalDoc('0001047469-98-012291.txt').formType).toBe('10-K405');
    expect(evalDoc('0000021344-98-000004.txt').formType).toBe('10-K');
    const later = corpusDoc('seanjyu__explaining_2008_financial_crisis_through_sec_filings', 'WFC_2007.html');
    expect(later).toMatchObject({ formType: '10-K', periodOfReport: '2007-12-31' });
  });

  it('names a foreign private issuer by its "(Translation of registrant\'s name into English)" caption', () => {
    expect(evalDoc('0001193125-20-001442.htm').company?.name).toBe('WPP plc');
  });

  it('reads the state from prose when the cover has no state caption', () => {
    expect(evalDoc('0000950130-96-000896.txt').company?.stateOfIncorporation).toBe('NJ');
  });

  it('names the registrant of an exemptive application and of an ABS prospectus', () => {
    expect(evalDoc('0001193125-25-120935.htm').company?.name).toBe('HARBOURVEST PRIVATE INVESTMENTS FUND');
    expect(evalDoc('0001193125-10-145855.htm').company?.name).toBe('CarMax Auto Funding LLC');
  });

  it("prefers a fund's 811- file number and reads 485APOS from the Rule 485 box", () => {
    const facts = evalDoc('0001193125-24-100942.htm');
    expect(facts.formType).toBe('485APOS');
    expect(facts.company?.fileNumber).toBe('811-09729');
  });
});
