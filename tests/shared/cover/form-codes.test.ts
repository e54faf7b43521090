// The cover's form type is EDGAR's code, from the printed title and the boxes checked beside it
// (src/shared/edgar/form-codes.ts; the boxes in src/shared/parser/cover/form-marks.ts). Small
// covers written for each class, then real corpus documents.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCover } from '../../../src/shared/parser/cover';
import { CORPUS_EVAL, describeWithShared } from '../../helpers/shared';
import { coverOf } from './cover-of';

const formOf = (text: string): string | null => readCover({ text, html: null, declaredType: null }).formType;

const COMMISSION = `UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\n`;

const tenK = (title: string, box: string, period: string): string =>
  `${COMMISSION}${title}\n\nANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)\nFor the fiscal year ended ${period}\n\n` +
  `ACME WIDGETS CORP\n(Exact name of registrant as specified in its charter)\n\n` +
  `Indicate by check mark if disclosure of delinquent filers pursuant to Item 405 of\n` +
  `Regulation S-K is not contained herein, and will not be contained, to the best of\n` +
  `registrant's knowledge, in definitive proxy or information statements incorporated\n` +
  `by reference in Part III of this Form 10-K or any amendment to this Form 10-K. ${box}\n`;

const thirteenF = (amendment: string, checked: 'HOLDINGS' | 'NOTICE' | 'COMBINATION'): string =>
  `${COMMISSION}Form 13F\n\nForm 13F COVER PAGE\n\nReport for the Calendar Year or Quarter Ended: March 31, 2004\n\n` +
  `Check here if Amendment ${amendment}; Amendment Number: ${amendment === '[X]' ? '1' : '____'}\n\n` +
  `Institutional Investment Manager Filing this Report:\n\nName:    Acme Capital Management LLC\n` +
  `Address: 1 Main Street\n         Boston, MA 02110\n\nForm 13F File Number: 28-01234\n\n` +
  `Report Type (Check only one.):\n\n` +
  (['HOLDINGS', 'NOTICE', 'COMBINATION'] as const)
    .map((k) => `${k === checked ? '[X]' : '[ ]'} 13F ${k} ${k === 'NOTICE' ? 'NOTICE' : 'REPORT'}.\n`)
    .join('\n');

const schedule = (kind: string, amendment: string): string =>
  `${COMMISSION}SCHEDULE ${kind}\n\nUnder the Securities Exchange Act of 1934\n\n(Amendment No. ${amendment})*\n\n` +
  `Acme Widgets Corp\n(Name of Issuer)\n\nCommon Stock\n(Title of Class of Securities)\n\n004567101\n(CUSIP Number)\n`;

const proxy = (amendment: string, checked: string): string =>
  `${COMMISSION}SCHEDULE 14A\n\nProxy Statement Pursuant to Section 14(a) of the Securities Exchange Act of 1934\n${amendment}\n\n` +
  `Check the appropriate box:\n\n` +
  [
    'Preliminary Proxy Statement',
    'Definitive Proxy Statement',
    'Definitive Additional Materials',
    'Soliciting Material Pursuant to §240.14a-12',
  ]
    .map((label) => `${label === checked ? '☒' : '☐'} ${label}\n`)
    .join('') +
  `\nACME WIDGETS CORP\n(Name of Registrant as Specified In Its Charter)\n`;

const eightA = (section: 'b' | 'g'): string =>
  `${COMMISSION}FORM 8-A\n\nFOR REGISTRATION OF CERTAIN CLASSES OF SECURITIES\nPURSUANT TO SECTION 12(b) OR (g) OF THE\nSECURITIES EXCHANGE ACT OF 1934\n\n` +
  `ACME WIDGETS CORP\n(Exact name of registrant as specified in its charter)\n\n` +
  `If this form relates to the registration of a class of securities pursuant to Section 12(b) of the Exchange Act and is effective pursuant to General Instruction A.(c), check the following box. ${section === 'b' ? '[X]' : '[ ]'}\n\n` +
  `If this form relates to the registration of a class of securities pursuant to Section 12(g) of the Exchange Act and is effective pursuant to General Instruction A.(d), check the following box. ${section === 'g' ? '[X]' : '[ ]'}\n`;

describe('cover form types as EDGAR codes (fixtures)', () => {
  it('a 10-K with the Item 405 box checked is a 10-K405 from 1995 to 2002, else a 10-K', () => {
    expect(formOf(tenK('FORM 10-K', '[X]', 'December 31, 1998'))).toBe('10-K405');
    expect(formOf(tenK('FORM 10-K', '[ ]', 'December 31, 1998'))).toBe('10-K');
    expect(formOf(tenK('FORM 10-K', '[X]', 'December 31, 2004'))).toBe('10-K');
    expect(formOf(tenK('FORM 10-K', '[X]', 'December 31, 1993'))).toBe('10-K');
    // A fiscal year ending late in 2002 was reported in 2003, when the code was gone.
    expect(formOf(tenK('FORM 10-K', '[X]', 'November 29, 2002'))).toBe('10-K');
    expect(formOf(tenK('FORM 10-K', 'þ', 'June 30, 2002'))).toBe('10-K405');
    // The filing date decides when it is known.
    const filed = (date: string): string | null =>
      readCover({
        text: tenK('FORM 10-K', '[X]', 'November 29, 2002'),
        html: null,
        declaredType: null,
        filedDate: date,
      }).formType;
    expect(filed('2002-12-20')).toBe('10-K405');
    expect(filed('2003-02-20')).toBe('10-K');
  });

  it('small-business forms are 10KSB and 10QSB, with 405 10KSB40', () => {
    expect(formOf(tenK('FORM 10-KSB', '[ ]', 'December 31, 2001').replace(/10-K\b/g, '10-KSB'))).toBe('10KSB');
    expect(formOf(tenK('FORM 10-KSB', '[X]', 'December 31, 2001').replace(/Form 10-K\b/g, 'Form 10-KSB'))).toBe(
      '10KSB40',
    );
    expect(formOf(`${COMMISSION}FORM 10-QSB\n\nQUARTERLY REPORT\nFor the quarterly period ended June 30, 2001\n`)).toBe(
      '10QSB',
    );
  });

  it('a Form 13F is 13F-HR or 13F-NT by its report-type box, /A by its amendment box', () => {
    expect(formOf(thirteenF('[ ]', 'HOLDINGS'))).toBe('13F-HR');
    expect(formOf(thirteenF('[ ]', 'COMBINATION'))).toBe('13F-HR');
    expect(formOf(thirteenF('[ ]', 'NOTICE'))).toBe('13F-NT');
    expect(formOf(thirteenF('[X]', 'HOLDINGS'))).toBe('13F-HR/A');
  });

  it('Form 24F-2 is filed as 24F-2NT', () => {
    expect(formOf(`${COMMISSION}FORM 24F-2\nAnnual Notice of Securities Sold\nPursuant to Rule 24f-2\n`)).toBe(
      '24F-2NT',
    );
  });

  it('prospectuses: Rule 424(b)(n) -> 424Bn, Rule 433 / free writing prospectus -> FWP', () => {
    expect(formOf('Filed Pursuant to Rule 424(b)(3)\nRegistration No. 333-123456\n\nPROSPECTUS\n')).toBe('424B3');
    expect(formOf('Filed pursuant to Rule 424(b)(7)\nRegistration No. 333-123456\n')).toBe('424B7');
    expect(formOf('Filed Pursuant to Rule 433\nRegistration No. 333-123456\nMarch 3, 2020\n')).toBe('FWP');
    expect(formOf('Issuer: Acme Widgets Corp\n\nFREE WRITING PROSPECTUS\n\nDated March 3, 2020\n')).toBe('FWP');
  });

  it('post-effective amendments are S-8 POS and POS AM; the boilerplate question is not one', () => {
    const reg = (form: string, lead: string): string =>
      `As filed with the Securities and Exchange Commission on May 1, 2020\nRegistration No. 333-123456\n\n${COMMISSION}${lead}FORM ${form}\nREGISTRATION STATEMENT\nUNDER\nTHE SECURITIES ACT OF 1933\n\n` +
      `If this Form is a post-effective amendment filed pursuant to Rule 462(c), check the following box. [ ]\n`;
    expect(formOf(reg('S-8', 'POST-EFFECTIVE AMENDMENT NO. 1 TO\n'))).toBe('S-8 POS');
    expect(formOf(reg('S-8', ''))).toBe('S-8');
    expect(formOf(reg('S-1', 'POST-EFFECTIVE AMENDMENT NO. 2 TO\n'))).toBe('POS AM');
    expect(formOf(reg('S-3', 'Post-Effective Amendment No. 1\nto\n'))).toBe('POS AM');
    expect(formOf(reg('S-1', 'Amendment No. 1 to\n'))).toBe('S-1/A');
    expect(formOf(reg('S-4', ''))).toBe('S-4');
  });

  it('Form 8-A is 8-A12B or 8-A12G by its Section 12 box', () => {
    expect(formOf(eightA('b'))).toBe('8-A12B');
    expect(formOf(eightA('g'))).toBe('8-A12G');
  });

  it('Schedules 13D/13G are amendments only when the amendment number is filled', () => {
    expect(formOf(schedule('13D', ' '))).toBe('SC 13D');
    expect(formOf(schedule('13D', '4'))).toBe('SC 13D/A');
    expect(formOf(schedule('13G', '_____'))).toBe('SC 13G');
    expect(formOf(schedule('13G', '2'))).toBe('SC 13G/A');
    expect(formOf(schedule('13G', '').replace('(Amendment No. )', '(Amendment No:  3)'))).toBe('SC 13G/A');
  });

  it('proxy statements by their Schedule 14A box', () => {
    expect(formOf(proxy('', 'Preliminary Proxy Statement'))).toBe('PRE 14A');
    expect(formOf(proxy('(Amendment No. 1)', 'Preliminary Proxy Statement'))).toBe('PRER14A');
    expect(formOf(proxy('(Amendment No.    )', 'Definitive Proxy Statement'))).toBe('DEF 14A');
    expect(formOf(proxy('', 'Definitive Additional Materials'))).toBe('DEFA14A');
    expect(formOf(proxy('', 'Soliciting Material Pursuant to §240.14a-12'))).toBe('DEFA14A');
  });

  it('a fund report for half a year is N-CSRS', () => {
    const ncsr = (yearEnd: string, period: string): string =>
      `${COMMISSION}FORM N-CSR\n\nCERTIFIED SHAREHOLDER REPORT OF REGISTERED MANAGEMENT\nINVESTMENT COMPANIES\n\nInvestment Company Act file number 811-04873\n\n` +
      `Acme Growth Fund\n(Exact name of registrant as specified in charter)\n\nDate of fiscal year end: ${yearEnd}\n\nDate of reporting period: ${period}\n`;
    expect(formOf(ncsr('December 31', 'December 31, 2019'))).toBe('N-CSR');
    expect(formOf(ncsr('December 31', 'June 30, 2019'))).toBe('N-CSRS');
    expect(formOf(ncsr('12/31', '06/30/2019'))).toBe('N-CSRS');
  });

  it('a notification of late filing is NT and the report checked', () => {
    const nt = (checked: string): string =>
      `${COMMISSION}FORM 12b-25\n\nNOTIFICATION OF LATE FILING\n\n(Check one): ` +
      ['10-K', '20-F', '11-K', '10-Q', '10-D', 'N-CSR']
        .map((f) => `${f === checked ? '[X]' : '[ ]'} Form ${f} `)
        .join('') +
      `\n\nFor Period Ended: December 31, 2019\n`;
    expect(formOf(nt('10-K'))).toBe('NT 10-K');
    expect(formOf(nt('10-Q'))).toBe('NT 10-Q');
    // Without a title line, the heading "NOTIFICATION OF LATE FILING" says it is a 12b-25.
    expect(formOf(nt('10-K').replace('FORM 12b-25\n', 'SEC FILE NUMBER 0-12345\n'))).toBe('NT 10-K');
  });

  it('forms filed under their printed name stay so', () => {
    for (const form of ['10-D', '6-K', '20-F', '40-F', '11-K', 'S-1', 'S-3', 'S-4', 'S-8', 'N-CSR']) {
      expect(formOf(`${COMMISSION}FORM ${form}\n\nACME WIDGETS CORP\n`), form).toBe(form);
    }
  });
});

describeWithShared('cover form types as EDGAR codes (corpus)', () => {
  it.each([
    ['0000950150-03-000957.txt', '13F-HR'], // combination report
    ['0000950150-00-000737.txt', '13F-HR/A'], // "Amendment Number: 1"
    ['0000940400-20-000081.txt', '24F-2NT'],
    ['0001553350-20-000213.htm', '8-A12B/A'],
    ['0001553350-20-000026.htm', 'PRER14A'],
    ['0000919574-20-000579.htm', 'SC 13G'], // "(Amendment No. )*" left blank
    ['0000950131-94-000440.txt', '10-K'], // Item 405 box checked in a 1993 report
    ['0000950130-96-000896.txt', '10-K405'],
    ['../files/HaoweiChan__sec-10k-extract/d394af3b_filing.htm', '10-K'], // box checked, fiscal 2002 reported in 2003
  ])('%s is a %s', (file, form) => {
    expect(coverOf(join(CORPUS_EVAL, file)).formType).toBe(form);
  });
});
