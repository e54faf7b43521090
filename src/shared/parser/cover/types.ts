import type { Company, CompanyRole, Exhibit, Item, Signature } from '../../filing';

/** A company as a cover states it: any subset of the header's fields. */
export type CoverCompany = Partial<Omit<Company, 'role'>>;

/**
 * What the cover page (and, for inline XBRL, the dei: facts) of a primary document states.
 * Produced by readCover() in ./index.ts; merged into the Filing by the parser, where header
 * facts win and each fact's origin goes into Filing.sources.
 */
export interface CoverFacts {
  formType: string | null;
  periodOfReport: string | null;
  /** The main company the cover names: the registrant, or the issuer of a Form 4 / schedule. */
  company: CoverCompany | null;
  /** Role for `company`: 'registrant' for reports, 'issuer' for ownership forms and Form D,
   * 'subject-company' for schedules 13D/13G/TO, 'filer' for 13F. */
  companyRole: CompanyRole;
  /** Further parties (the reporting owners of Forms 3/4/5). */
  otherCompanies: (CoverCompany & { role: CompanyRole })[];
  items: Item[];
  exhibits: Exhibit[];
  signatures: Signature[];
  /** Asset-backed series, amount and the like. */
  extra: Record<string, string | string[]>;
  /**
   * Per fact: 'xbrl' when read from inline XBRL dei: tags, 'cover' when read from the text.
   * Keys: formType, periodOfReport, items, exhibits, signatures, and company fields prefixed
   * "company." (company.name, company.cik, company.irsNumber, ...).
   */
  sources: Record<string, 'xbrl' | 'cover'>;
  warnings: string[];
}

export interface CoverInput {
  /** Readable text of the primary document (as the parser extracted it). */
  text: string;
  /** The document's HTML when it is HTML or inline XBRL (for dei: facts), else null. For XML
   * forms (Form 4, 13F, D) pass the XML here or as `text`. */
  html: string | null;
  /** The document's declared TYPE when known (e.g. from <TYPE> in the submission). */
  declaredType: string | null;
  /** The filing date when known (header): picks the 8-K item numbering era and titles. */
  filedDate?: string | null;
}
