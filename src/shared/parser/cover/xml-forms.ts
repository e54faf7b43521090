// XML forms: ownership reports (Forms 3, 4, 5), 13F information-table cover (edgarSubmission),
// Form D, Form C (Regulation Crowdfunding), the funds' N-PORT and N-CEN, and the XML
// Schedules 13D/13G (since 2024). Each names its parties in fixed elements, read
// with the tolerant scanner.
import type { Address, CompanyRole, FormerName, Signature } from '../../filing';
import { parseDate } from '../../edgar/dates';
import { stateCode } from '../../edgar/states';
import type { CoverCompany } from './types';
import { allElements, findElement, markupText, textAt } from './xml-scan';

export interface XmlFormFacts {
  formType: string | null;
  periodOfReport: string | null;
  company: CoverCompany | null;
  companyRole: CompanyRole;
  others: (CoverCompany & { role: CompanyRole })[];
  signatures: Signature[];
  extra?: Record<string, string>;
}

export type XmlKind = 'ownership' | '13f' | 'form-d' | 'form-c' | 'fund' | 'schedule';

/** Which XML form the text is, from its root element. */
export function xmlKind(xml: string): XmlKind | null {
  const head = xml.slice(0, 5000);
  if (/<(?:\w{1,20}:)?ownershipDocument[\s>]/.test(head)) return 'ownership';
  if (/<(?:\w{1,20}:)?edgarSubmission[\s>]/.test(head)) {
    const body = xml.slice(0, 50_000);
    if (/<(?:\w{1,20}:)?primaryIssuer[\s>]/.test(body)) return 'form-d';
    if (/<(?:\w{1,20}:)?issuerInformation[\s>]/.test(body)) return 'form-c';
    if (/<(?:\w{1,20}:)?(?:genInfo|registrantInfo)[\s>]/.test(body)) return 'fund';
    if (/<(?:\w{1,20}:)?coverPageHeader[\s>]/.test(body)) return 'schedule';
    return '13f';
  }
  return null;
}

function cik(raw: string | null): string | null {
  const d = (raw ?? '').replace(/\D/g, '');
  return d.length > 0 && d.length <= 10 ? d.padStart(10, '0') : null;
}

interface AddressNames {
  street1: string;
  street2: string;
  city: string;
  state: string;
  zip: string;
}

const OWNER_ADDRESS: AddressNames = {
  street1: 'rptOwnerStreet1',
  street2: 'rptOwnerStreet2',
  city: 'rptOwnerCity',
  state: 'rptOwnerState',
  zip: 'rptOwnerZipCode',
};
/** The address type shared by 13F and Form D (EDGAR's common schema). */
const COMMON_ADDRESS: AddressNames = {
  street1: 'street1',
  street2: 'street2',
  city: 'city',
  state: 'stateOrCountry',
  zip: 'zipCode',
};

function address(xml: string, from: number, to: number, names: AddressNames): Address | null {
  const get = (name: string): string | null => textAt(xml, name, from, to);
  const street1 = get(names.street1);
  const city = get(names.city);
  if (!street1 && !city) return null;
  const state = get(names.state);
  return {
    street1,
    street2: get(names.street2),
    city,
    state: state ? (stateCode(state) ?? state) : null,
    zip: get(names.zip),
  };
}

function ownership(xml: string): XmlFormFacts {
  const issuer = findElement(xml, 'issuer');
  const company: CoverCompany | null = issuer
    ? {
        name: textAt(xml, 'issuerName', issuer.contentStart, issuer.contentEnd),
        cik: cik(textAt(xml, 'issuerCik', issuer.contentStart, issuer.contentEnd)),
      }
    : null;
  const others = allElements(xml, 'reportingOwner', 0, xml.length, 100).map((o) => ({
    role: 'reporting-owner' as const,
    name: textAt(xml, 'rptOwnerName', o.contentStart, o.contentEnd),
    cik: cik(textAt(xml, 'rptOwnerCik', o.contentStart, o.contentEnd)),
    businessAddress: address(xml, o.contentStart, o.contentEnd, OWNER_ADDRESS),
  }));
  const signatures = allElements(xml, 'ownerSignature', 0, xml.length, 100).map((s) => ({
    name: textAt(xml, 'signatureName', s.contentStart, s.contentEnd)?.replace(/^\/s\/\s*/i, '') ?? null,
    title: null,
    date: parseDate(textAt(xml, 'signatureDate', s.contentStart, s.contentEnd) ?? ''),
  }));
  return {
    formType: textAt(xml, 'documentType'),
    periodOfReport: parseDate(textAt(xml, 'periodOfReport') ?? ''),
    company,
    companyRole: 'issuer',
    others,
    signatures,
  };
}

function thirteenF(xml: string): XmlFormFacts {
  const manager = findElement(xml, 'filingManager');
  const from = manager?.contentStart ?? 0;
  const to = manager?.contentEnd ?? 0;
  const block = findElement(xml, 'signatureBlock');
  const signatures: Signature[] = block
    ? [
        {
          name: textAt(xml, 'name', block.contentStart, block.contentEnd),
          title: textAt(xml, 'title', block.contentStart, block.contentEnd),
          date: parseDate(textAt(xml, 'signatureDate', block.contentStart, block.contentEnd) ?? ''),
        },
      ]
    : [];
  return {
    formType: textAt(xml, 'headerData/submissionType'),
    periodOfReport: parseDate(textAt(xml, 'reportCalendarOrQuarter') ?? textAt(xml, 'periodOfReport') ?? ''),
    company: {
      name: manager ? textAt(xml, 'name', from, to) : null,
      cik: cik(textAt(xml, 'filer/credentials/cik') ?? textAt(xml, 'cik')),
      fileNumber: textAt(xml, 'form13FFileNumber'),
      businessAddress: manager ? address(xml, from, to, COMMON_ADDRESS) : null,
    },
    companyRole: 'filer',
    others: [],
    signatures,
  };
}

/** Form D's previous names ("None" is no name): the issuer's own list, then EDGAR's. */
function previousNames(xml: string, from: number, to: number): FormerName[] {
  const names: FormerName[] = [];
  for (const list of ['issuerPreviousNameList', 'edgarPreviousNameList']) {
    const el = findElement(xml, list, from, to);
    if (!el) continue;
    for (const tag of ['previousName', 'value']) {
      for (const v of allElements(xml, tag, el.contentStart, el.contentEnd, 50)) {
        const name = markupText(xml.slice(v.contentStart, v.contentEnd));
        if (name && !/^none$/i.test(name) && !names.some((n) => n.name === name)) names.push({ name, changed: null });
      }
    }
  }
  return names;
}

const withFormerNames = (names: FormerName[]): Pick<CoverCompany, 'formerNames'> =>
  names.length > 0 ? { formerNames: names } : {};

/** "/s/ Jane Doe" -> "Jane Doe". */
const signed = (s: string | null): string | null => s?.replace(/^\/s\/\s*/i, '').trim() || null;

/** Form D's signature block: one signature per signer, with title and date. */
function formDSignatures(xml: string): Signature[] {
  const block = findElement(xml, 'signatureBlock');
  if (!block) return [];
  return allElements(xml, 'signature', block.contentStart, block.contentEnd, 100).map((s) => ({
    name:
      textAt(xml, 'nameOfSigner', s.contentStart, s.contentEnd) ??
      signed(textAt(xml, 'signatureName', s.contentStart, s.contentEnd)),
    title: textAt(xml, 'signatureTitle', s.contentStart, s.contentEnd),
    date: parseDate(textAt(xml, 'signatureDate', s.contentStart, s.contentEnd) ?? ''),
  }));
}

function formD(xml: string): XmlFormFacts {
  const issuer = findElement(xml, 'primaryIssuer');
  const from = issuer?.contentStart ?? 0;
  const to = issuer?.contentEnd ?? 0;
  const jurisdiction = issuer ? textAt(xml, 'jurisdictionOfInc', from, to) : null;
  const addr = issuer ? findElement(xml, 'issuerAddress', from, to) : null;
  return {
    formType: textAt(xml, 'submissionType'),
    periodOfReport: null,
    company: issuer
      ? {
          name: textAt(xml, 'entityName', from, to),
          cik: cik(textAt(xml, 'cik', from, to)),
          stateOfIncorporation: stateCode(jurisdiction),
          phone: textAt(xml, 'issuerPhoneNumber', from, to),
          businessAddress: addr ? address(xml, addr.contentStart, addr.contentEnd, COMMON_ADDRESS) : null,
          ...withFormerNames(previousNames(xml, from, to)),
        }
      : null,
    companyRole: 'issuer',
    others: [],
    signatures: formDSignatures(xml),
  };
}

/** Form C's signatures: the issuer's signatory, then each person signing with a date. */
function formCSignatures(xml: string): Signature[] {
  const info = findElement(xml, 'signatureInfo');
  if (!info) return [];
  const out: Signature[] = [];
  const issuer = findElement(xml, 'issuerSignature', info.contentStart, info.contentEnd);
  if (issuer) {
    const name = signed(textAt(xml, 'issuerSignature', issuer.contentStart, issuer.contentEnd));
    if (name) out.push({ name, title: textAt(xml, 'issuerTitle', issuer.contentStart, issuer.contentEnd), date: null });
  }
  for (const p of allElements(xml, 'signaturePerson', info.contentStart, info.contentEnd, 100)) {
    out.push({
      name: signed(textAt(xml, 'personSignature', p.contentStart, p.contentEnd)),
      title: textAt(xml, 'personTitle', p.contentStart, p.contentEnd),
      date: parseDate(textAt(xml, 'signatureDate', p.contentStart, p.contentEnd) ?? ''),
    });
  }
  // The issuer's signatory usually signs again as a person: keep the dated signature.
  return out.filter((s, i) => s.date !== null || !out.some((o, j) => j !== i && o.name === s.name && o.date !== null));
}

/** Form C (C, C/A, C-U, C-AR, C-TR): the issuer is the company; jurisdiction is its state. */
function formC(xml: string): XmlFormFacts {
  const info = findElement(xml, 'issuerInfo');
  const from = info?.contentStart ?? 0;
  const to = info?.contentEnd ?? 0;
  const addr = info ? findElement(xml, 'issuerAddress', from, to) : null;
  return {
    formType: textAt(xml, 'headerData/submissionType') ?? textAt(xml, 'submissionType'),
    periodOfReport: parseDate(textAt(xml, 'headerData/period') ?? ''),
    company: info
      ? {
          name: textAt(xml, 'nameOfIssuer', from, to),
          cik: cik(textAt(xml, 'filerCik')),
          stateOfIncorporation: stateCode(textAt(xml, 'jurisdictionOrganization', from, to)),
          businessAddress: addr ? address(xml, addr.contentStart, addr.contentEnd, COMMON_ADDRESS) : null,
        }
      : null,
    companyRole: 'issuer',
    others: [],
    signatures: formCSignatures(xml),
  };
}

/** N-PORT (genInfo) and N-CEN (registrantInfo): the registrant fund, its CIK and 811- number;
 * N-PORT's period is the date of its reporting period. */
function fund(xml: string): XmlFormFacts {
  const gen = findElement(xml, 'genInfo');
  const from = gen?.contentStart ?? 0;
  const to = gen?.contentEnd ?? xml.length;
  const get = (nport: string, ncen: string): string | null => (gen ? textAt(xml, nport, from, to) : textAt(xml, ncen));
  return {
    formType: textAt(xml, 'headerData/submissionType') ?? textAt(xml, 'submissionType'),
    periodOfReport: gen ? parseDate(textAt(xml, 'repPdDate', from, to) ?? '') : null,
    company: {
      name: get('regName', 'registrantFullName'),
      cik: cik(get('regCik', 'registrantCik')),
      fileNumber: get('regFileNumber', 'investmentCompFileNo'),
    },
    companyRole: 'registrant',
    others: [],
    signatures: [],
  };
}

/** The first of several spellings of an element ("issuerCIK" in 13D, "issuerCik" in 13G). */
function firstText(xml: string, names: readonly string[], from = 0, to = xml.length): string | null {
  for (const name of names) {
    const v = textAt(xml, name, from, to);
    if (v) return v;
  }
  return null;
}

/** Schedules 13D/13G in XML: the issuer is the subject company, the reporting persons file it;
 * a reporting person's citizenship is not read as anyone's state of incorporation. */
function schedule(xml: string): XmlFormFacts {
  const issuer = findElement(xml, 'issuerInfo');
  const from = issuer?.contentStart ?? 0;
  const to = issuer?.contentEnd ?? 0;
  const persons = [
    ...allElements(xml, 'reportingPersonInfo', 0, xml.length, 100),
    ...allElements(xml, 'coverPageHeaderReportingPersonDetails', 0, xml.length, 100),
  ];
  const others = persons.map((p) => ({
    role: 'filed-by' as const,
    name: textAt(xml, 'reportingPersonName', p.contentStart, p.contentEnd),
    cik: cik(firstText(xml, ['reportingPersonCIK', 'reportingCik'], p.contentStart, p.contentEnd)),
  }));
  const signatures = allElements(xml, 'signatureDetails', 0, xml.length, 100).map((d) => ({
    name: signed(textAt(xml, 'signature', d.contentStart, d.contentEnd)),
    title: textAt(xml, 'title', d.contentStart, d.contentEnd),
    date: parseDate(textAt(xml, 'date', d.contentStart, d.contentEnd) ?? ''),
  }));
  const extra: Record<string, string> = {};
  const cusip = issuer ? firstText(xml, ['issuerCUSIP', 'issuerCusip'], from, to) : null;
  if (cusip) extra.cusip = cusip;
  const event = parseDate(firstText(xml, ['dateOfEvent', 'eventDateRequiresFilingThisStatement']) ?? '');
  if (event) extra.eventDate = event;
  return {
    formType: textAt(xml, 'headerData/submissionType') ?? textAt(xml, 'submissionType'),
    periodOfReport: null,
    company: issuer
      ? { name: textAt(xml, 'issuerName', from, to), cik: cik(firstText(xml, ['issuerCIK', 'issuerCik'], from, to)) }
      : null,
    companyRole: 'subject-company',
    others,
    signatures,
    extra,
  };
}

export function readXmlForm(xml: string): XmlFormFacts | null {
  const kind = xmlKind(xml);
  if (kind === 'ownership') return ownership(xml);
  if (kind === '13f') return thirteenF(xml);
  if (kind === 'form-d') return formD(xml);
  if (kind === 'form-c') return formC(xml);
  if (kind === 'fund') return fund(xml);
  if (kind === 'schedule') return schedule(xml);
  return null;
}
