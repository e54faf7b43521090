// Merges what the primary document's cover page states into the Filing. Header facts win;
// the cover fills what the header lacks, and each fact it supplies records its source.
import type { Company, CompanyRole, Filing } from '../filing';
import type { CoverCompany, CoverFacts, CoverInput } from './cover/types';
import type { ReadDocument } from './document-content';
import { emptyCompany } from './empty';
import { sameFormCode } from '../edgar/form-compare';
import { sameCompanyName } from '../edgar/names';

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

/** "001-03526" and "1-3526" are one file number. */
const fileKey = (s: string | null | undefined): string =>
  (s ?? '')
    .trim()
    .split(/[-\u2010-\u2015]/)
    .map((p) => String(Number(p)))
    .join('-');

/**
 * The header company a cover company describes: same CIK, else same file number, else same
 * name (folded), else, for the cover's only company, the only header company in its role.
 * Never by position: co-registrants are listed in different orders by header and cover.
 */
function matchingCompany(companies: Company[], cover: CoverCompany, role: CompanyRole, only: boolean): Company | null {
  if (cover.cik) {
    const byCik = companies.find((c) => c.cik === cover.cik);
    if (byCik) return byCik;
  }
  if (cover.fileNumber) {
    const key = fileKey(cover.fileNumber);
    const byFile = companies.filter((c) => c.fileNumber && fileKey(c.fileNumber) === key);
    // Co-registrants may share one file number (an LLC and its finance corp): then the name decides.
    if (byFile.length === 1) return byFile[0]!;
  }
  if (cover.name) {
    const byName = companies.find((c) => sameCompanyName(c.name, cover.name));
    if (byName) return byName;
  }
  if (!only) return null;
  const wanted = role === 'registrant' ? ['filer', 'subject-company', 'issuer'] : [role];
  const candidates = companies.filter((c) => wanted.includes(c.role));
  return candidates.length === 1 ? candidates[0]! : null;
}

export function mergeCover(filing: Filing, cover: CoverFacts): void {
  const source = (fact: string): 'xbrl' | 'cover' => cover.sources[fact] ?? 'cover';
  const disagreements: string[] = [];
  for (const fact of ['formType', 'periodOfReport'] as const) {
    const value = cover[fact];
    if (value == null) continue;
    if (filing[fact] == null) {
      filing[fact] = value;
      filing.sources[fact] = source(fact);
    } else if (!sameFact(fact, filing[fact], value)) disagreements.push(`${fact}: ${value}`);
  }
  const fromHeader = filing.companies.length > 0;
  const coverCompanies = [
    ...(cover.company ? [{ ...cover.company, role: cover.companyRole }] : []),
    ...cover.otherCompanies,
  ];
  for (const { role, ...company } of coverCompanies) {
    if (!fromHeader) filing.companies.push(coverCompany(role, company));
    else {
      const target = matchingCompany(filing.companies, company, role, coverCompanies.length === 1);
      if (target) fillCompany(filing, target, company, source, disagreements);
    }
  }
  if (!fromHeader && cover.company) {
    for (const field of COMPANY_FIELDS)
      if (cover.company[field] != null) filing.sources[`company.${field}`] = source(`company.${field}`);
  }
  if (filing.companies.length && !fromHeader) filing.sources.companies = source('company.name');
  for (const list of ['items', 'exhibits', 'signatures'] as const) adoptList(filing, cover, list, source(list));
  for (const [k, v] of Object.entries(cover.extra)) if (filing.extra[k] === undefined) filing.extra[k] = v;
  if (disagreements.length) filing.extra.coverValues = disagreements;
  filing.warnings.push(...cover.warnings);
}

/** Whether the header's and the cover's value are the same fact in other spellings. */
function sameFact(field: string, header: string, cover: string): boolean {
  if (field === 'formType') return sameFormCode(header, cover);
  if (field === 'name') return sameCompanyName(header, cover);
  if (field === 'fileNumber') return fileKey(header) === fileKey(cover);
  return header.toUpperCase() === cover.toUpperCase();
}

/** Fields whose disagreement is worth keeping (addresses and phones differ in spelling only). */
const COMPARED_FIELDS = new Set(['name', 'cik', 'irsNumber', 'stateOfIncorporation', 'fileNumber']);

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

/** Fills the header company's missing fields; where both state a fact and disagree, the
 * header wins and the cover's value is kept (in extra.coverValues) so nothing is lost. */
function fillCompany(
  filing: Filing,
  target: Company,
  cover: CoverCompany,
  source: (fact: string) => 'xbrl' | 'cover',
  disagreements: string[],
): void {
  for (const field of COMPANY_FIELDS) {
    const value = cover[field];
    if (value == null) continue;
    const current = target[field];
    if (current == null) {
      Object.assign(target, { [field]: value });
      filing.sources[`company.${field}`] = source(`company.${field}`);
    } else if (COMPARED_FIELDS.has(field) && typeof value === 'string' && typeof current === 'string') {
      if (!sameFact(field, current, value))
        disagreements.push(`company.${field} (${target.name ?? target.cik}): ${value}`);
    }
  }
}
