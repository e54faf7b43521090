import type { Company } from '../filing';

/** One `KEY: value` line of an SGML header, or one `<TAG>value` of an .nc header, in SGML spelling. */
export interface HeaderField {
  /** Upper case, words separated by single spaces ("COMPANY CONFORMED NAME"); "/FILER" closes a section. */
  key: string;
  value: string;
}

/** What a submission header states, normalised. */
export interface HeaderFacts {
  accessionNumber: string | null;
  formType: string | null;
  filedDate: string | null;
  periodOfReport: string | null;
  acceptanceDateTime: string | null;
  /** PUBLIC DOCUMENT COUNT as stated. */
  documentCount: number | null;
  companies: Company[];
  /** ITEM INFORMATION / <ITEMS> values as written (codes or titles). */
  items: string[];
  extra: Record<string, string | string[]>;
}
