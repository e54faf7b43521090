// Merges what the primary document's cover page states into the Filing. Header facts win;
// the cover fills what the header lacks, and each fact it supplies records its source.
import type { Company, Filing } from '../filing';
import type { ReadDocument } from './document-content';
import { emptyCompany } from './empty';
import type { CoverFacts, CoverInput } from './cover/types';

/** The document whose TYPE is the form type, else the first one with text. */
export function primaryDocument(read: readonly ReadDocument[], formType: string | null): ReadDocument | null {
  const texty = read.filter((r) => r.document.textChars > 0);
  return texty.find((r) => formType != null && r.document.type === formType) ?? texty[0] ?? null;
}

export function coverInput(primary: ReadDocument): CoverInput {
  return { text: primary.document.text, html: primary.html, declaredType: primary.document.type };
}

const COMPANY_FIELDS = [
  'name',
  'cik',
  'sic',
  'irsNumber',
  'stateOfIncorporation',
  'fiscalYearEnd',
  'fileNumber',
  'businessAddress',
  'mailAddress',
  'phone',
] as const;

const normName = (s: string | null | undefined): string => (s ?? '').toUpperCase().replace(/[^A-Z0-9]+/g, '');

/** The header company the cover describes: same CIK, else same name, else the one registrant-like role. */
function matchingCompany(companies: Company[], cover: Partial<Omit<Company, 'role'>>): Company | null {
  if (cover.cik) {
    const byCik = companies.find((c) => c.cik === cover.cik);
    if (byCik) return byCik;
  }
  if (cover.name) {
    const byName = companies.find((c) => normName(c.name) === normName(cover.name));
    if (byName) return byName;
  }
  const registrants = companies.filter(
    (c) => c.role === 'filer' || c.role === 'subject-company' || c.role === 'issuer',
  );
  return registrants.length === 1 ? registrants[0]! : null;
}

export function mergeCover(filing: Filing, cover: CoverFacts): void {
  const source = (fact: string): 'xbrl' | 'cover' => cover.sources[fact] ?? 'cover';
  for (const fact of ['formType', 'periodOfReport'] as const) {
    if (filing[fact] == null && cover[fact] != null) {
      filing[fact] = cover[fact];
      filing.sources[fact] = source(fact);
    }
  }
  if (cover.company) mergeCompany(filing, cover.company, source);
  if (filing.items.length === 0 && cover.items.length) {
    filing.items = cover.items;
    filing.sources.items = source('items');
  }
  if (filing.exhibits.length === 0 && cover.exhibits.length) {
    filing.exhibits = cover.exhibits;
    filing.sources.exhibits = source('exhibits');
  }
  if (filing.signatures.length === 0 && cover.signatures.length) {
    filing.signatures = cover.signatures;
    filing.sources.signatures = source('signatures');
  }
  for (const [k, v] of Object.entries(cover.extra)) if (filing.extra[k] === undefined) filing.extra[k] = v;
  filing.warnings.push(...cover.warnings);
}

function mergeCompany(
  filing: Filing,
  cover: Partial<Omit<Company, 'role'>>,
  source: (fact: string) => 'xbrl' | 'cover',
): void {
  let target = filing.companies.length ? matchingCompany(filing.companies, cover) : null;
  if (!target) {
    if (filing.companies.length) return; // a header named other parties: do not guess
    target = emptyCompany('registrant');
    filing.companies.push(target);
    filing.sources.companies = source('company');
  }
  for (const field of COMPANY_FIELDS) {
    const value = cover[field];
    if (target[field] == null && value != null) {
      Object.assign(target, { [field]: value });
      filing.sources[`company.${field}`] = source(field);
    }
  }
  if (target.formerNames.length === 0 && cover.formerNames?.length) target.formerNames = cover.formerNames;
}
