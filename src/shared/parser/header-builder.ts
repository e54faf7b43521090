// Turns the flat field list of an SGML or .nc header into HeaderFacts. Sections are tracked
// by name (FILER, COMPANY DATA...) rather than indentation, so headers with hundreds of
// filers and copies with lost whitespace read the same.
import type { Address, Company, CompanyRole } from '../filing';
import { emptyAddress, emptyCompany } from './empty';
import type { HeaderFacts, HeaderField } from './header-types';
import { cik10, clean, irs9, isoDate, isoDateTime, sic4, state2 } from './values';

const ROLES: Record<string, CompanyRole> = {
  FILER: 'filer',
  'SUBJECT COMPANY': 'subject-company',
  'FILED BY': 'filed-by',
  'REPORTING OWNER': 'reporting-owner',
  ISSUER: 'issuer',
};

/**
 * Other company sections (SERIAL COMPANY, DEPOSITOR, SECURITIZER, ISSUING_ENTITY in asset-backed
 * filings) are recognised as an empty-valued key followed by COMPANY DATA. The Company model has
 * no such roles, so they are listed as filers (EDGAR files the submission under their CIKs too)
 * and their section is kept in extra.otherParties ("depositor: NAME (CIK)").
 */
const isDataSection = (key: string | undefined): boolean => key === 'COMPANY DATA' || key === 'OWNER DATA';

type Subsection = 'data' | 'values' | 'business' | 'mail' | 'former' | null;

const SUBSECTIONS: Record<string, Subsection> = {
  'COMPANY DATA': 'data',
  'OWNER DATA': 'data',
  'FILING VALUES': 'values',
  'BUSINESS ADDRESS': 'business',
  'MAIL ADDRESS': 'mail',
  'FORMER COMPANY': 'former',
  'FORMER NAME': 'former',
};

/** Top-level keys kept in `extra` under a camelCase name. */
const EXTRA_KEYS: Record<string, string> = {
  'DATE AS OF CHANGE': 'dateAsOfChange',
  'DATE OF FILING DATE CHANGE': 'dateOfFilingDateChange',
  'EFFECTIVENESS DATE': 'effectivenessDate',
  'ABS ASSET CLASS': 'absAssetClass',
  'ABS RULE': 'absRule',
};

export function emptyHeaderFacts(): HeaderFacts {
  return {
    accessionNumber: null,
    formType: null,
    filedDate: null,
    periodOfReport: null,
    acceptanceDateTime: null,
    documentCount: null,
    companies: [],
    items: [],
    extra: {},
  };
}

/** Reads `fields` once, in order, with one field of look-ahead (they may be a generator). */
export function buildHeaderFacts(fields: Iterable<HeaderField>): HeaderFacts {
  const facts = emptyHeaderFacts();
  const groupMembers: string[] = [];
  /** Companies of sections other than the five roles (see isDataSection), with their section name. */
  const parties: { section: string; company: Company }[] = [];
  let company: Company | null = null;
  let section: string | null = null;
  let sub: Subsection = null;

  const read = fields[Symbol.iterator]();
  let ahead = read.next();
  while (!ahead.done) {
    const { key, value } = ahead.value;
    ahead = read.next();
    const following = ahead.done ? undefined : ahead.value;
    const other = !ROLES[key] && value === '' && SUBSECTIONS[key] === undefined && isDataSection(following?.key);
    const role = ROLES[key] ?? (other ? 'filer' : undefined);
    if (role) {
      company = emptyCompany(role);
      facts.companies.push(company);
      if (other) parties.push({ section: key.toLowerCase(), company });
      section = key;
      sub = null;
      continue;
    }
    if (key.startsWith('/')) {
      const closed = key.slice(1);
      if (closed === section) {
        section = null;
        company = null;
        sub = null;
      } else if (SUBSECTIONS[closed] !== undefined) sub = null;
      continue;
    }
    const subsection = SUBSECTIONS[key];
    if (subsection !== undefined) {
      sub = subsection;
      if (sub === 'former' && company) company.formerNames.push({ name: '', changed: null });
      continue;
    }
    if (readTopLevel(facts, key, value, groupMembers)) continue;
    if (company) readCompanyField(company, sub, key, value);
  }

  for (const c of facts.companies) c.formerNames = c.formerNames.filter((f) => f.name !== '');
  if (groupMembers.length) facts.extra.groupMembers = groupMembers;
  if (parties.length) {
    facts.extra.otherParties = parties.map(
      ({ section, company: c }) => `${section}: ${c.name ?? '?'}${c.cik ? ` (${c.cik})` : ''}`,
    );
  }
  return facts;
}

/** Reads a submission-level key; false when the key is not one. */
function readTopLevel(facts: HeaderFacts, key: string, value: string, groupMembers: string[]): boolean {
  switch (key) {
    case 'ACCESSION NUMBER':
      facts.accessionNumber ??= accession(value);
      return true;
    case 'CONFORMED SUBMISSION TYPE':
      facts.formType ??= clean(value);
      return true;
    case 'PUBLIC DOCUMENT COUNT': {
      const n = Number.parseInt(value, 10);
      if (Number.isFinite(n)) facts.documentCount ??= n;
      return true;
    }
    case 'CONFORMED PERIOD OF REPORT':
      facts.periodOfReport ??= isoDate(value);
      return true;
    case 'FILED AS OF DATE':
      facts.filedDate ??= isoDate(value);
      return true;
    case 'ACCEPTANCE DATETIME':
      facts.acceptanceDateTime ??= isoDateTime(value);
      return true;
    case 'ITEM INFORMATION': {
      const item = clean(value);
      if (item) facts.items.push(item);
      return true;
    }
    case 'GROUP MEMBERS': {
      const member = clean(value);
      if (member) groupMembers.push(member);
      return true;
    }
  }
  const extraKey = EXTRA_KEYS[key];
  if (extraKey) {
    const v = clean(value);
    if (v && facts.extra[extraKey] === undefined) facts.extra[extraKey] = isoDate(v) ?? v;
    return true;
  }
  return false;
}

function readCompanyField(company: Company, sub: Subsection, key: string, value: string): void {
  if (sub === 'business' || sub === 'mail') {
    if (key === 'BUSINESS PHONE') {
      company.phone ??= clean(value);
      return;
    }
    const field = ADDRESS_FIELDS[key];
    if (!field) return;
    const address =
      sub === 'business' ? (company.businessAddress ??= emptyAddress()) : (company.mailAddress ??= emptyAddress());
    address[field] ??= clean(value);
    return;
  }
  if (sub === 'former') {
    const former = company.formerNames[company.formerNames.length - 1];
    if (!former) return;
    if (key === 'FORMER CONFORMED NAME') former.name = clean(value) ?? '';
    else if (key === 'DATE OF NAME CHANGE') former.changed = isoDate(value);
    return;
  }
  switch (key) {
    case 'COMPANY CONFORMED NAME':
      company.name ??= clean(value);
      break;
    case 'CENTRAL INDEX KEY':
      company.cik ??= cik10(value);
      break;
    case 'STANDARD INDUSTRIAL CLASSIFICATION':
      company.sic ??= sic4(value);
      break;
    case 'IRS NUMBER':
    case 'EIN':
      company.irsNumber ??= irs9(value);
      break;
    case 'STATE OF INCORPORATION':
      company.stateOfIncorporation ??= state2(value);
      break;
    case 'FISCAL YEAR END':
      company.fiscalYearEnd ??= /^\d{4}$/.test(value.trim()) ? value.trim() : null;
      break;
    case 'SEC FILE NUMBER':
      company.fileNumber ??= clean(value);
      break;
  }
}

const ADDRESS_FIELDS: Record<string, keyof Address> = {
  'STREET 1': 'street1',
  'STREET 2': 'street2',
  CITY: 'city',
  STATE: 'state',
  ZIP: 'zip',
};

/** "0000037996-94-000005" as written; a bare 18-digit form gets its dashes. */
function accession(raw: string): string | null {
  const v = raw.trim();
  if (/^\d{10}-\d{2}-\d{6}$/.test(v)) return v;
  if (/^\d{18}$/.test(v)) return `${v.slice(0, 10)}-${v.slice(10, 12)}-${v.slice(12)}`;
  return clean(v);
}
