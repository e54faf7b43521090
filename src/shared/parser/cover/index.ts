// readCover: the facts a primary document states about itself, from its cover page text, its
// inline XBRL dei: tags (which win over the text) or, for XML forms, its elements. Pure and
// total: never throws, bounded work on the text head plus linear scans for items, exhibits,
// signatures and dei: tags.
import { readAddress, readPhoneNumber } from './address';
import { readAssetBacked } from './asset-backed';
import { readCoRegistrants } from './co-registrants';
import { isCoverless } from './coverless';
import { readItems } from './body-items';
import { readExhibits } from './exhibits';
import { readFormType, withoutObsolete405 } from './form-type';
import { readIdentifiers } from './identifiers';
import {
  applyAbsParties,
  applyAnnualNotice,
  applyForeignReport,
  applyFormerName,
  applyProspectus,
  applySchedule,
  thirteenFFacts,
} from './kinds';
import { isInlineXbrl, readDeiFacts, xbrlCover, type XbrlCover } from './inline-xbrl';
import { readPeriod } from './period';
import { readRegistrantName } from './registrant';
import { readSignatures } from './signatures';
import { readOwnershipParties } from './ownership-text';
import { coverText, type CoverText } from './text-lines';
import type { CoverCompany, CoverFacts, CoverInput } from './types';
import { readXmlForm } from './xml-forms';

export type { CoverCompany, CoverFacts, CoverInput } from './types';

/** The first page, where the title, dates and period are. */
const FIRST_PAGE_CHARS = 6000;

export function emptyCoverFacts(): CoverFacts {
  return {
    formType: null,
    periodOfReport: null,
    company: null,
    companyRole: 'registrant',
    otherCompanies: [],
    items: [],
    exhibits: [],
    signatures: [],
    extra: {},
    sources: {},
    warnings: [],
  };
}

export function readCover(input: CoverInput): CoverFacts {
  try {
    return readCoverFacts(input);
  } catch (e) {
    // A bug here must not cost the filing: the parser keeps its header facts and warns.
    const facts = emptyCoverFacts();
    facts.warnings.push(`cover facts unreadable: ${e instanceof Error ? e.message : String(e)}`);
    return facts;
  }
}

function readCoverFacts(input: CoverInput): CoverFacts {
  const xml = readXmlForm(input.html ?? input.text);
  if (xml) {
    const facts = emptyCoverFacts();
    Object.assign(facts, {
      formType: xml.formType,
      periodOfReport: xml.periodOfReport,
      company: xml.company,
      companyRole: xml.companyRole,
      otherCompanies: xml.others,
      signatures: xml.signatures,
      extra: xml.extra ?? {},
    });
    markSources(facts, 'cover');
    return facts;
  }
  const xbrl = input.html && isInlineXbrl(input.html) ? xbrlCover(readDeiFacts(input.html)) : null;
  // The dei: DocumentType also guides the text readers (a proxy's period is its meeting date).
  const facts = fromText(input, xbrl?.formType ?? null);
  if (xbrl) applyXbrl(facts, xbrl);
  return facts;
}

function fromText(input: CoverInput, xbrlForm: string | null): CoverFacts {
  const facts = emptyCoverFacts();
  const cover = coverText(input.text);
  const page1 = coverText(input.text, FIRST_PAGE_CHARS);
  const reading = readFormType(cover);
  if (isCoverless(input.declaredType, input.text, reading)) {
    // Its declared type is what the document is; nothing else is read as a cover fact.
    facts.formType = normalizeDeclared(input.declaredType);
    facts.signatures = readSignatures(input.text);
    markSources(facts, 'cover');
    return facts;
  }
  // For the text readers a title line beats the dei: or declared TYPE; a mere mention in prose
  // ("this Form 10-K" in an exhibit) does not. (dei: facts still win in the result.)
  const declared = xbrlForm ?? normalizeDeclared(input.declaredType);
  let formType = reading?.evidence === 'mention' ? (declared ?? reading.form) : (reading?.form ?? declared);
  const schedule = formType !== null && /^SC /.test(formType);
  if (formType !== null && /^[345](?:\/A)?$/.test(formType)) return ownershipFacts(facts, formType, page1, input);
  if (formType !== null && /^13F-/.test(formType)) return marked(thirteenFFacts(facts, formType, page1, input));
  facts.periodOfReport = schedule ? null : readPeriod(page1, formType);
  if (formType !== null) formType = withoutObsolete405(formType, facts.periodOfReport, input.filedDate ?? null);
  facts.formType = formType;
  facts.companyRole = schedule ? 'subject-company' : 'registrant';
  // A schedule's cover numbers identify the filing persons, not the subject company.
  const ids = schedule ? null : readIdentifiers(cover);
  facts.company = {
    name: readRegistrantName(cover, reading?.evidence === 'title'),
    ...(ids ?? {}),
    businessAddress: schedule ? null : readAddress(cover),
    phone: schedule ? null : readPhoneNumber(cover),
  };
  if (!schedule) withCoRegistrants(facts, readCoRegistrants(cover));
  // Item headings are filing items only in current reports and ABS-15G (a 10-K's "Item 1." is
  // a section).
  if (formType !== null && /^(?:8-K|ABS-15G)/.test(formType)) {
    facts.items = readItems(input.text, input.filedDate ?? facts.periodOfReport, formType);
  }
  facts.exhibits = readExhibits(input.text);
  facts.signatures = readSignatures(input.text);
  applyForeignReport(facts, cover, formType);
  // A current report whose date-of-report field was left blank is dated by its signature.
  if (facts.periodOfReport === null && formType !== null && /^(?:8-K|ABS-15G)/.test(formType)) {
    facts.periodOfReport = facts.signatures.find((sig) => sig.date !== null)?.date ?? null;
  }
  if (formType !== null && /^SC 13[DG]/.test(formType)) applySchedule(facts, cover, input.text);
  if (formType !== null && /^24F-2/.test(formType)) applyAnnualNotice(facts, cover);
  if (!schedule) applyAbsParties(facts, cover, formType);
  applyProspectus(facts, cover, formType);
  applyFormerName(facts);
  const abs = readAssetBacked(cover);
  if (abs.series) facts.extra.series = abs.series;
  if (abs.amount) facts.extra.amount = abs.amount;
  if (abs.securities) facts.extra.securities = abs.securities;
  return marked(facts);
}

function marked(facts: CoverFacts): CoverFacts {
  markSources(facts, 'cover');
  return facts;
}

/** A combined cover: each registrant its own company, in cover order; the first keeps what
 * was read for the cover as a whole (address, phone, values stated once) unless its row says otherwise. */
function withCoRegistrants(facts: CoverFacts, registrants: CoverCompany[]): void {
  if (registrants.length < 2) return;
  const [first, ...rest] = registrants as [CoverCompany, ...CoverCompany[]];
  // Values the cover states once (one file number above the names) belong to the first.
  const whole = Object.fromEntries(Object.entries(facts.company ?? {}).filter(([, v]) => v != null));
  const own = Object.fromEntries(Object.entries(first).filter(([, v]) => v != null));
  facts.company = { ...whole, ...own };
  facts.otherCompanies.push(...rest.map((c) => ({ ...c, role: 'registrant' as const })));
}

/** Forms 3/4/5 in text or HTML: the issuer is the company; the numbers on them are the
 * reporting person's, so no identifiers are read. */
function ownershipFacts(facts: CoverFacts, formType: string, page1: CoverText, input: CoverInput): CoverFacts {
  const parties = readOwnershipParties(page1);
  facts.formType = formType;
  facts.periodOfReport = readPeriod(page1, formType);
  facts.companyRole = 'issuer';
  facts.company = { name: parties.issuer };
  if (parties.reportingOwner) facts.otherCompanies = [{ role: 'reporting-owner', name: parties.reportingOwner }];
  facts.signatures = readSignatures(input.text);
  markSources(facts, 'cover');
  return facts;
}

function normalizeDeclared(type: string | null): string | null {
  const t = type?.trim().toUpperCase() ?? '';
  return /^[A-Z0-9][A-Z0-9 ./-]{0,19}$/.test(t) ? t : null;
}

/** dei: facts replace the text's reading of the same fact. */
function applyXbrl(facts: CoverFacts, x: XbrlCover): void {
  const company: CoverCompany = (facts.company ??= {});
  const set = <K extends keyof CoverCompany>(key: K, value: CoverCompany[K] | null): void => {
    if (value === null || value === undefined) return;
    company[key] = value;
    facts.sources[`company.${key}`] = 'xbrl';
  };
  if (x.formType) {
    facts.formType = x.formType;
    facts.sources.formType = 'xbrl';
  }
  if (x.periodOfReport) {
    facts.periodOfReport = x.periodOfReport;
    facts.sources.periodOfReport = 'xbrl';
  }
  set('name', x.name);
  set('cik', x.cik);
  set('fileNumber', x.fileNumber);
  set('stateOfIncorporation', x.stateOfIncorporation);
  set('irsNumber', x.irsNumber);
  set('phone', x.phone);
  set('businessAddress', x.address);
}

/** Record `source` for every fact present and not already attributed. */
function markSources(facts: CoverFacts, source: 'cover' | 'xbrl'): void {
  const mark = (key: string, present: boolean): void => {
    if (present && !(key in facts.sources)) facts.sources[key] = source;
  };
  mark('formType', facts.formType !== null);
  mark('periodOfReport', facts.periodOfReport !== null);
  mark('items', facts.items.length > 0);
  mark('exhibits', facts.exhibits.length > 0);
  mark('signatures', facts.signatures.length > 0);
  for (const [key, value] of Object.entries(facts.company ?? {})) {
    mark(`company.${key}`, value !== null && value !== undefined);
  }
  for (const key of Object.keys(facts.extra)) mark(`extra.${key}`, true);
}
