// Merges what the primary document's cover page states into the Filing. Header facts win;
// the cover fills what the header lacks, and each fact it supplies records its source.
import type { Company, CompanyRole, Filing } from '../filing';
import type { CoverCompany, CoverFacts, CoverInput } from './cover/types';
import type { ReadDocument } from './document-content';
import { emptyCompany } from './empty';

/**
 * Picks the primary document as documents stream by: the one whose TYPE is the form type,
 * else the first with text. Knowing at once which documents cannot be primary lets the
 * parser drop their markup instead of holding every document's HTML to the end.
 */
export class PrimaryPicker {
  private first: ReadDocument | null = null;
  private typed: ReadDocument | null = null;

  constructor(private readonly formType: string | null) {}

  /** Offers a document; false when it can no longer become the primary. */
  offer(r: ReadDocument): boolean {
    if (r.document.textChars === 0 && !r.markup) return false;
    let candidate = false;
    if (!this.first) {
      this.first = r;
      candidate = true;
    }
    if (!this.typed && this.formType != null && r.document.type === this.formType) {
      this.typed = r;
      candidate = true;
    }
    return candidate;
  }

  get primary(): ReadDocument | null {
    return this.typed ?? this.first;
  }
}

export function coverInput(primary: ReadDocument, filedDate: string | null): CoverInput {
  return { text: primary.document.text, html: primary.markup, declaredType: primary.document.type, filedDate };
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

/** The header company the cover describes: same CIK, else same name, else the only one in the cover's role. */
function matchingCompany(companies: Company[], cover: CoverCompany, role: CompanyRole): Company | null {
  if (cover.cik) {
    const byCik = companies.find((c) => c.cik === cover.cik);
    if (byCik) return byCik;
  }
  if (cover.name) {
    const byName = companies.find((c) => normName(c.name) === normName(cover.name));
    if (byName) return byName;
  }
  const wanted = role === 'registrant' ? ['filer', 'subject-company', 'issuer'] : [role];
  const candidates = companies.filter((c) => wanted.includes(c.role));
  return candidates.length === 1 ? candidates[0]! : null;
}

export function mergeCover(filing: Filing, cover: CoverFacts): void {
  const source = (fact: string): 'xbrl' | 'cover' => cover.sources[fact] ?? 'cover';
  for (const fact of ['formType', 'periodOfReport'] as const) {
    if (filing[fact] == null && cover[fact] != null) {
      filing[fact] = cover[fact];
      filing.sources[fact] = source(fact);
    }
  }
  const fromHeader = filing.companies.length > 0;
  if (cover.company) fillCompany(filing, cover.company, cover.companyRole, fromHeader, source);
  if (!fromHeader) {
    for (const { role, ...other } of cover.otherCompanies) filing.companies.push(coverCompany(role, other));
  }
  if (filing.companies.length && !fromHeader) filing.sources.companies = source('company.name');
  for (const list of ['items', 'exhibits', 'signatures'] as const) adoptList(filing, cover, list, source(list));
  for (const [k, v] of Object.entries(cover.extra)) if (filing.extra[k] === undefined) filing.extra[k] = v;
  filing.warnings.push(...cover.warnings);
}

/** The cover's items/exhibits/signatures when the filing has none (header ITEM INFORMATION wins). */
function adoptList<K extends 'items' | 'exhibits' | 'signatures'>(
  filing: Filing,
  cover: CoverFacts,
  list: K,
  from: 'xbrl' | 'cover',
): void {
  if (filing[list].length > 0 || cover[list].length === 0) return;
  filing[list] = cover[list] as Filing[K];
  filing.sources[list] = from;
}

function coverCompany(role: CompanyRole, fields: CoverCompany): Company {
  const company = emptyCompany(role);
  for (const field of COMPANY_FIELDS) if (fields[field] != null) Object.assign(company, { [field]: fields[field] });
  if (fields.formerNames?.length) company.formerNames = fields.formerNames;
  return company;
}

/** Fills the matching header company's missing fields, or adds the cover's company when there is no header. */
function fillCompany(
  filing: Filing,
  cover: CoverCompany,
  role: CompanyRole,
  fromHeader: boolean,
  source: (fact: string) => 'xbrl' | 'cover',
): void {
  if (!fromHeader) {
    filing.companies.push(coverCompany(role, cover));
    for (const field of COMPANY_FIELDS)
      if (cover[field] != null) filing.sources[`company.${field}`] = source(`company.${field}`);
    return;
  }
  const target = matchingCompany(filing.companies, cover, role);
  if (!target) return; // the header names other parties: do not guess
  for (const field of COMPANY_FIELDS) {
    const value = cover[field];
    if (target[field] == null && value != null) {
      Object.assign(target, { [field]: value });
      filing.sources[`company.${field}`] = source(`company.${field}`);
    }
  }
}
