// Cover kinds beyond 8-K/10-K/10-Q, each by its own reader: 13F covers, schedules 13D/13G, fund
// reports and notices, asset-backed distribution reports, prospectuses, proxy statements and
// the Form C / Form D XML. Real corpus documents where the corpus has the class, fixtures
// written here where it does not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCover } from '../../../src/shared/parser/cover';
import { CORPUS_EVAL, CORPUS_FILES, describeWithShared } from '../../helpers/shared';
import { coverOf } from './cover-of';

const coverText = (text: string) => readCover({ text, html: null, declaredType: null });
const COMMISSION = `UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\n`;

describe('13F covers (fixture)', () => {
  const cover =
    `${COMMISSION}Form 13F\n\nForm 13F COVER PAGE\n\nReport for the Calendar Year or Quarter Ended: March 31, 2004\n\n` +
    `Check here if Amendment [ ]; Amendment Number: ____\n\nInstitutional Investment Manager Filing this Report:\n\n` +
    `Name:    Acme Capital Management LLC\nAddress: 1 Main Street\n         Boston, MA 02110\n\n` +
    `Form 13F File Number:     28-01234\n\nPerson Signing this Report on Behalf of Reporting Manager:\n\n` +
    `Name:  Jane Q. Public\nTitle: Chief Compliance Officer\nPhone: 617-555-0100\n\n` +
    `Signature, Place, and Date of Signing:\n\n/s/ Jane Q. Public     Boston, MA      May 14, 2004\n\n` +
    `Report Type (Check only one.):\n\n[X] 13F HOLDINGS REPORT.\n[ ] 13F NOTICE.\n[ ] 13F COMBINATION REPORT.\n\n` +
    `List of Other Managers Reporting for this Manager:\n\nForm 13F File Number: 28-05194\nName: Other Advisers Inc.\n`;

  it('the manager filing the report, its 28- number, address, quarter and signer', () => {
    const facts = coverText(cover);
    expect(facts.formType).toBe('13F-HR');
    expect(facts.companyRole).toBe('filer');
    expect(facts.company).toEqual({
      name: 'Acme Capital Management LLC',
      fileNumber: '28-01234',
      businessAddress: { street1: '1 Main Street', street2: null, city: 'Boston', state: 'MA', zip: '02110' },
    });
    expect(facts.periodOfReport).toBe('2004-03-31');
    expect(facts.signatures).toEqual([
      { name: 'Jane Q. Public', title: 'Chief Compliance Officer', date: '2004-05-14' },
    ]);
  });

  it('the name on the caption line, or after "Name of Institutional Investment Manager"', () => {
    const inline = cover.replace('Report:\n\nName:    Acme', 'Report: Name: Acme');
    expect(coverText(inline).company?.name).toBe('Acme Capital Management LLC');
    const older = cover.replace(
      'Institutional Investment Manager Filing this Report:\n\nName:    Acme',
      'Name of Institutional Investment Manager: Acme',
    );
    expect(coverText(older).company?.name).toBe('Acme Capital Management LLC');
  });

  it("another manager's number in the list is not the filer's", () => {
    const facts = coverText(cover.replace('Form 13F File Number:     28-01234\n', ''));
    expect(facts.company?.fileNumber).toBeNull();
  });
});

describe('schedules 13D/13G (fixture)', () => {
  const cover =
    `${COMMISSION}SCHEDULE 13D\n\nUnder the Securities Exchange Act of 1934\n\n(Amendment No. 2)*\n\n` +
    `Acme Widgets Corp\n(Name of Issuer)\n\nCommon Stock, par value $0.01\n(Title of Class of Securities)\n\n` +
    `004567 10 1\n(CUSIP Number)\n\nMarch 3, 2020\n(Date of Event Which Requires Filing of this Statement)\n\n` +
    `CUSIP No. 004567101\n\n1. NAMES OF REPORTING PERSONS\nI.R.S. IDENTIFICATION NOS. OF ABOVE PERSONS (ENTITIES ONLY)\n\n` +
    `Value Partners L.P. - 13-1234567\n\n2. CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP\n\n` +
    `6. CITIZENSHIP OR PLACE OF ORGANIZATION\n\nDelaware\n\n` +
    `CUSIP No. 004567101\n\n1. NAME OF REPORTING PERSON: John A. Smith\n\n6. CITIZENSHIP OR PLACE OF ORGANIZATION\n\nUnited States\n\n` +
    `Item 2. Identity and Background. Value Partners L.P. is a Delaware limited partnership.\n`;

  it('the issuer as subject company, CUSIP, event date and each reporting person', () => {
    const facts = coverText(cover);
    expect(facts.formType).toBe('SC 13D/A');
    expect(facts.companyRole).toBe('subject-company');
    expect(facts.company?.name).toBe('Acme Widgets Corp');
    expect(facts.extra).toEqual({ cusip: '004567101', eventDate: '2020-03-03' });
    expect(facts.otherCompanies).toEqual([
      { role: 'filed-by', name: 'Value Partners L.P.' },
      { role: 'filed-by', name: 'John A. Smith' },
    ]);
    expect(facts.periodOfReport).toBeNull();
  });

  it('a citizenship or place of organization is never a state of incorporation', () => {
    expect(coverText(cover).company?.stateOfIncorporation ?? null).toBeNull();
  });
});

describe('asset-backed distribution reports (fixture)', () => {
  const cover =
    `${COMMISSION}FORM 10-D\n\nASSET-BACKED ISSUER DISTRIBUTION REPORT\nPURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n\n` +
    `For the monthly distribution period from:\nMay 1, 2020 to May 31, 2020\n\n` +
    `Commission File Number of issuing entity: 333-226040-01\nCentral Index Key Number of issuing entity: 0001747213\n\n` +
    `Acme Auto Owner Trust 2018-3\n(Exact name of issuing entity as specified in its charter)\n\n` +
    `Commission File Number of depositor: 333-226040\nCentral Index Key Number of depositor: 0001259380\n\n` +
    `Acme Auto Funding LLC\n(Exact name of depositor as specified in its charter)\n\n` +
    `Central Index Key Number of sponsor (if applicable): 0001170010\n\n` +
    `Acme Business Services, LLC\n(Exact name of sponsor as specified in its charter)\n\n` +
    `Delaware\n(State or other jurisdiction of incorporation or organization of the issuing entity)\n`;

  it('the issuing entity is the registrant, depositor and sponsor are their own roles', () => {
    const facts = coverText(cover);
    expect(facts.formType).toBe('10-D');
    expect(facts.companyRole).toBe('registrant');
    expect(facts.company).toMatchObject({
      name: 'Acme Auto Owner Trust 2018-3',
      fileNumber: '333-226040-01',
      cik: '0001747213',
      stateOfIncorporation: 'DE',
    });
    expect(facts.otherCompanies).toEqual([
      { role: 'depositor', name: 'Acme Auto Funding LLC', fileNumber: '333-226040', cik: '0001259380' },
      { role: 'sponsor', name: 'Acme Business Services, LLC', fileNumber: null, cik: '0001170010' },
    ]);
  });

  it('the period is the end of the distribution period', () => {
    expect(coverText(cover).periodOfReport).toBe('2020-05-31');
  });
});

describe('prospectuses, fund reports and proxies (fixtures)', () => {
  it('a pricing supplement: issuer, registration number and rule', () => {
    const facts = coverText(
      `Filed Pursuant to Rule 424(b)(2)\nRegistration No. 333-234567\n\nPRICING SUPPLEMENT No. 12 dated March 3, 2020\n\n` +
        `ACME FINANCE CORP\n(Exact name of issuer as specified in its charter)\n\n$500,000,000 Floating Rate Notes due 2025\n`,
    );
    expect(facts.formType).toBe('424B2');
    expect(facts.company?.name).toBe('ACME FINANCE CORP');
    expect(facts.company?.fileNumber).toBe('333-234567');
    expect(facts.extra.rule).toBe('424(b)(2)');
  });

  it('a prospectus names its issuer on a line of its own or in its first sentence; no period', () => {
    const head =
      'Filed Pursuant to Rule 424(b)(4)\nRegistration No. 333-282241\n\nProspectus\n\n6,820,000 shares\n\nCommon stock\n\n';
    const byLine = coverText(
      `${head}Acme Therapeutics, Inc.\n\nOur annual report for the year ended December 31, 2023 is incorporated by reference.\n`,
    );
    expect(byLine.company?.name).toBe('Acme Therapeutics, Inc.');
    expect(byLine.periodOfReport).toBeNull();
    const bySentence = coverText(
      `${head}This is an initial public offering of shares of common stock by Acme Therapeutics Corporation.\n`,
    );
    expect(bySentence.company?.name).toBe('Acme Therapeutics Corporation');
    expect(
      coverText(`${head}We are offering $1,200 million of shares of our common stock.\n`).company?.name ?? null,
    ).toBeNull();
  });

  it("a fund's exact name without its former name, its 811- number and period", () => {
    const facts = coverText(
      `${COMMISSION}FORM N-CSR\n\nCERTIFIED SHAREHOLDER REPORT OF REGISTERED MANAGEMENT INVESTMENT COMPANIES\n\n` +
        `Investment Company Act file number 811-04873\n\nThe Acme Growth Fund (formerly The Acme Capital Growth Fund)\n` +
        `(Exact name of registrant as specified in charter)\n\nDate of fiscal year end: December 31\n\nDate of reporting period: December 31, 2019\n`,
    );
    expect(facts.formType).toBe('N-CSR');
    expect(facts.company?.name).toBe('The Acme Growth Fund');
    expect(facts.company?.formerNames).toEqual([{ name: 'The Acme Capital Growth Fund', changed: null }]);
    expect(facts.company?.fileNumber).toBe('811-04873');
    expect(facts.periodOfReport).toBe('2019-12-31');
  });

  it('a proxy statement: registrant name and Commission file number', () => {
    const facts = coverText(
      `${COMMISSION}SCHEDULE 14A\n\nProxy Statement Pursuant to Section 14(a) of the Securities Exchange Act of 1934\n\n` +
        `Filed by the Registrant ☒\n\nCheck the appropriate box:\n☐ Preliminary Proxy Statement\n☒ Definitive Proxy Statement\n\n` +
        `ACME WIDGETS CORP\n(Name of Registrant as Specified In Its Charter)\n\nCommission File No. 001-12345\n\n` +
        `NOTICE OF ANNUAL MEETING OF STOCKHOLDERS to be held on May 20, 2020\n`,
    );
    expect(facts.formType).toBe('DEF 14A');
    expect(facts.company?.name).toBe('ACME WIDGETS CORP');
    expect(facts.company?.fileNumber).toBe('001-12345');
    expect(facts.periodOfReport).toBe('2020-05-20');
  });
});

describe('foreign private issuer reports (fixture)', () => {
  const sixK = (month: string, signed: string): string =>
    `${COMMISSION}FORM 6-K\n\nREPORT OF FOREIGN PRIVATE ISSUER\nPursuant to Rule 13a-16 or 15d-16\n\n` +
    `For the month of ${month}\n\nCommission File Number: 001-12345\n\nACME PLC\n(Translation of registrant's name into English)\n\n` +
    `Results for the year ended December 31, 2019 are attached.\n\nSIGNATURES\n\nACME PLC\n\nBy: /s/ Jane Doe\nName: Jane Doe\nTitle: Secretary\nDate: ${signed}\n`;

  it('a 6-K is dated by its signature in the month it reports, not by a "year ended" date', () => {
    expect(coverText(sixK('March 2020', 'March 5, 2020')).periodOfReport).toBe('2020-03-05');
    expect(coverText(sixK('March 2020', 'April 2, 2020')).periodOfReport).toBe('2020-04-02');
    expect(coverText(sixK('March 2020', 'June 2, 2021')).periodOfReport).toBeNull();
  });
});

const FORM_C = `<?xml version="1.0"?>
<edgarSubmission xmlns="http://www.sec.gov/edgar/formc">
  <headerData><submissionType>C</submissionType>
    <filerInfo><filer><filerCik>0001234567</filerCik></filer></filerInfo></headerData>
  <formData>
    <issuerInformation><issuerInfo>
      <nameOfIssuer>Acme Brewing, Inc.</nameOfIssuer><legalStatus><legalStatusForm>Corporation</legalStatusForm>
      <jurisdictionOrganization>DELAWARE</jurisdictionOrganization></legalStatus>
      <issuerAddress><street1>1 Main Street</street1><city>Portland</city><stateOrCountry>OR</stateOrCountry><zipCode>97201</zipCode></issuerAddress>
    </issuerInfo></issuerInformation>
    <signatureInfo>
      <issuerSignature><issuer>Acme Brewing, Inc.</issuer><issuerSignature>/s/ Ann Lee</issuerSignature><issuerTitle>CEO</issuerTitle></issuerSignature>
      <signaturePersons><signaturePerson><personSignature>/s/ Ann Lee</personSignature><personTitle>Chief Executive Officer</personTitle><signatureDate>04-15-2021</signatureDate></signaturePerson></signaturePersons>
    </signatureInfo>
  </formData>
</edgarSubmission>`;

describe('Schedule 13D/13G XML (since 2024)', () => {
  const xml = `<edgarSubmission xmlns="http://www.sec.gov/edgar/schedule13g"><headerData><submissionType>SCHEDULE 13G/A</submissionType></headerData>
    <formData><coverPageHeader><amendmentNo>2</amendmentNo><securitiesClassTitle>Common Stock</securitiesClassTitle>
      <eventDateRequiresFilingThisStatement>12/31/2024</eventDateRequiresFilingThisStatement>
      <issuerInfo><issuerCik>0000000042</issuerCik><issuerName>Acme Widgets Corp</issuerName><issuerCusip>004567101</issuerCusip></issuerInfo>
    </coverPageHeader>
    <coverPageHeaderReportingPersonDetails><reportingCik>0000000777</reportingCik><reportingPersonName>Value Partners L.P.</reportingPersonName>
      <citizenshipOrOrganization>DE</citizenshipOrOrganization></coverPageHeaderReportingPersonDetails>
    <signatureInformation><reportingPersonName>Value Partners L.P.</reportingPersonName>
      <signatureDetails><signature>/s/ Ann Lee</signature><title>General Partner</title><date>02/10/2025</date></signatureDetails></signatureInformation>
    </formData></edgarSubmission>`;

  it('the issuer as subject company, CUSIP, event date, reporting persons and signatures', () => {
    const facts = coverText(xml);
    expect(facts.formType).toBe('SCHEDULE 13G/A');
    expect(facts.companyRole).toBe('subject-company');
    expect(facts.company).toEqual({ name: 'Acme Widgets Corp', cik: '0000000042' });
    expect(facts.extra).toEqual({ cusip: '004567101', eventDate: '2024-12-31' });
    expect(facts.otherCompanies).toEqual([{ role: 'filed-by', name: 'Value Partners L.P.', cik: '0000000777' }]);
    expect(facts.signatures).toEqual([{ name: 'Ann Lee', title: 'General Partner', date: '2025-02-10' }]);
  });
});

describe('Form C and Form D XML', () => {
  it('Form C: issuer name, CIK, state, address and signatures', () => {
    const facts = coverText(FORM_C);
    expect(facts.formType).toBe('C');
    expect(facts.companyRole).toBe('issuer');
    expect(facts.company).toMatchObject({ name: 'Acme Brewing, Inc.', cik: '0001234567', stateOfIncorporation: 'DE' });
    expect(facts.company?.businessAddress?.city).toBe('Portland');
    expect(facts.signatures).toEqual([{ name: 'Ann Lee', title: 'Chief Executive Officer', date: '2021-04-15' }]);
  });

  it('Form D: previous names and signatures', () => {
    const xml = `<edgarSubmission><submissionType>D</submissionType><primaryIssuer><cik>0000000042</cik>
      <entityName>Acme Fund LP</entityName><jurisdictionOfInc>DELAWARE</jurisdictionOfInc>
      <issuerPreviousNameList><previousName>Acme Partners Fund LP</previousName></issuerPreviousNameList>
      <edgarPreviousNameList><value>None</value></edgarPreviousNameList></primaryIssuer>
      <offeringData><signatureBlock><signature><issuerName>Acme Fund LP</issuerName><signatureName>/s/ Bo Chen</signatureName>
      <nameOfSigner>Bo Chen</nameOfSigner><signatureTitle>Manager</signatureTitle><signatureDate>2024-05-01</signatureDate></signature></signatureBlock></offeringData>
      </edgarSubmission>`;
    const facts = coverText(xml);
    expect(facts.company?.formerNames).toEqual([{ name: 'Acme Partners Fund LP', changed: null }]);
    expect(facts.signatures).toEqual([{ name: 'Bo Chen', title: 'Manager', date: '2024-05-01' }]);
  });
});

/** The first <XML> block of a corpus submission, as the parser hands XML to readCover. */
function xmlOf(file: string): { text: string; html: string } {
  const raw = readFileSync(join(CORPUS_FILES, file), 'utf8');
  const xml = raw.slice(raw.indexOf('<XML>') + 5, raw.indexOf('</XML>'));
  return { text: xml, html: xml };
}

describeWithShared('cover kinds on real documents', () => {
  const evalDoc = (file: string) => coverOf(join(CORPUS_EVAL, file));

  it('13F: Berkshire Hathaway as the manager filing the report', () => {
    const facts = evalDoc('0000950150-00-000737.txt');
    expect(facts.formType).toBe('13F-HR/A');
    expect(facts.company?.name).toBe('Berkshire Hathaway Inc.');
    expect(facts.company?.fileNumber).toBe('28-4545'); // printed "28- 4545"
    expect(facts.periodOfReport).toBe('2000-06-30');
    expect(facts.signatures[0]).toEqual({ name: 'Marc D. Hamburg', title: 'Vice President', date: '2000-08-28' });
  });

  it('13G: the issuer, CUSIP, event date and reporting persons', () => {
    const facts = evalDoc('0000919574-20-000579.htm');
    expect(facts.company?.name).toBe('Heat Biologics, Inc.');
    expect(facts.company?.stateOfIncorporation ?? null).toBeNull();
    expect(facts.extra).toMatchObject({ cusip: '42237K300', eventDate: '2020-01-16' });
    expect(facts.otherCompanies.map((c) => c.name)).toEqual([
      'Armistice Capital, LLC',
      'Armistice Capital Master Fund Ltd.',
      'Steven Boyd',
    ]);
  });

  it('13G with "Name of issuer:" inline and an IRS number beside the reporting person', () => {
    const facts = evalDoc('0001104659-20-017622.htm');
    expect(facts.company?.name).toBe('Safeguard Scientifics Inc');
    expect(facts.extra).toMatchObject({ cusip: '786449207', eventDate: '2019-12-31' });
    expect(facts.otherCompanies[0]?.name).toBe('VANGUARD INDEX FUNDS - VANGUARD TOTAL STOCK MARKET INDEX FUND');
  });

  it('N-CSR: the registrant without "(formerly ...)", its 811- number and period', () => {
    const facts = evalDoc('0001193125-20-065026.htm');
    expect(facts.company?.name).toBe('The Gabelli Growth Fund');
    expect(facts.company?.formerNames).toEqual([{ name: 'The GAMCO Growth Fund', changed: null }]);
    expect(facts.company?.fileNumber).toBe('811-04873');
    expect(facts.periodOfReport).toBe('2019-12-31');
  });

  it('24F-2NT: the issuer, the Securities Act file number and the fiscal year end', () => {
    const facts = evalDoc('0000940400-20-000081.txt');
    expect(facts.company?.name).toBe('The Gabelli Growth Fund');
    expect(facts.company?.fileNumber).toBe('033-10583');
    expect(facts.periodOfReport).toBe('2019-12-31');
  });

  it('424B5: the depositor as issuer, registration number and rule', () => {
    const facts = evalDoc('0001193125-10-145855.htm');
    expect(facts.company?.name).toBe('CarMax Auto Funding LLC');
    expect(facts.company?.fileNumber).toBe('333-149075');
    expect(facts.extra.rule).toBe('424(b)(5)');
  });

  it('6-K: the signature date, not the year ended in the report furnished', () => {
    expect(evalDoc('0001193125-20-001442.htm').periodOfReport).toBe('2020-01-03');
  });

  it('ABS-15G: the securitizer files it, the issuing entity is not the registrant', () => {
    const facts = evalDoc('0000929638-25-000114.htm');
    expect(facts.company?.name).not.toBe('Exeter Automobile Receivables Trust 2025-1');
    expect(facts.otherCompanies).toEqual([]);
  });

  it('proxy statements: the registrant named above its caption', () => {
    expect(evalDoc('0001553350-20-000089.htm').company?.name).toBe('HEAT BIOLOGICS, INC.');
    expect(evalDoc('0001324424-20-000029.htm').company?.name).toBe('Expedia Group, Inc.');
  });

  it.each([
    ['superyaniv__EDGAR_Fetch/0001752724-20-037654.txt', '2019-12-31'], // N-PORT
    ['superyaniv__EDGAR_Fetch/0001145549-20-014434.txt', null], // N-CEN
  ])('fund XML %s: the registrant, CIK, 811- number and period', (file, period) => {
    const facts = readCover({ ...xmlOf(file), declaredType: null });
    expect(facts.companyRole).toBe('registrant');
    expect(facts.company).toMatchObject({ cik: '0000806857', fileNumber: '811-04873' });
    expect(facts.company?.name).toMatch(/^(?:GAMCO|Gabelli) Growth Fund$/);
    expect(facts.periodOfReport).toBe(period);
  });

  it('Form D XML: the issuer and the signature', () => {
    const facts = readCover({ ...xmlOf('krymer15__edgar-app/0000925421-24-000007.txt'), declaredType: 'D' });
    expect(facts.company).toMatchObject({ name: '10H Capital Fund II, LP', stateOfIncorporation: 'DE' });
    expect(facts.company?.formerNames).toBeUndefined(); // "None" is no former name
    expect(facts.signatures).toEqual([
      { name: 'Jingqiu (Joseph) Mei', title: 'Manager of the General Partner of the Issuer', date: '2024-05-01' },
    ]);
  });
});
