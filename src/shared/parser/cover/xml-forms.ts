// XML forms: ownership reports (Forms 3, 4, 5), 13F information-table cover (edgarSubmission)
// and Form D. Each names its parties in fixed elements, read with the tolerant scanner.
import type { Address, CompanyRole, Signature } from '../../filing';
import { parseDate } from '../../edgar/dates';
import { stateCode } from '../../edgar/states';
import type { CoverCompany } from './types';
import { allElements, findElement, textAt } from './xml-scan';

export interface XmlFormFacts {
  formType: string | null;
  periodOfReport: string | null;
  company: CoverCompany | null;
  companyRole: CompanyRole;
  others: (CoverCompany & { role: CompanyRole })[];
  signatures: Signature[];
}

export type XmlKind = 'ownership' | '13f' | 'form-d';

/** Which XML form the text is, from its root element. */
export function xmlKind(xml: string): XmlKind | null {
  const head = xml.slice(0, 5000);
  if (/<(?:\w{1,20}:)?ownershipDocument[\s>]/.test(head)) return 'ownership';
  if (/<(?:\w{1,20}:)?edgarSubmission[\s>]/.test(head)) {
    if (/<(?:\w{1,20}:)?primaryIssuer[\s>]/.test(xml.slice(0, 50_000))) return 'form-d';
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
        }
      : null,
    companyRole: 'issuer',
    others: [],
    signatures: [],
  };
}

export function readXmlForm(xml: string): XmlFormFacts | null {
  const kind = xmlKind(xml);
  if (kind === 'ownership') return ownership(xml);
  if (kind === '13f') return thirteenF(xml);
  if (kind === 'form-d') return formD(xml);
  return null;
}
