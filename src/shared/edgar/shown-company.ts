// Which company a filing is listed under. One rule for the results table and for sorting by
// company in the core, so "sort by company" sorts by what the table shows.
import type { CompanyRole } from '../filing';

export interface NamedCompany {
  role: CompanyRole | string;
  name: string | null;
  cik: string | null;
}

/**
 * Ownership forms are about the issuer (the subject company), not about whoever files them:
 * Forms 3, 4 and 5 (insiders' holdings) and Schedules 13D/13G (beneficial owners of 5%),
 * with their amendments. Since 2024/12 EDGAR names the schedules "SCHEDULE 13D" / "SCHEDULE 13G".
 */
const ISSUER_FORMS = /^(?:[345]|SC 13[DG]|SCHEDULE 13[DG])(?:\/A)?$/i;

export function isIssuerForm(formType: string | null): boolean {
  return formType !== null && ISSUER_FORMS.test(formType.trim());
}

export interface ShownCompany<C extends NamedCompany> {
  /** The company the filing is listed under, or undefined when no company has a name. */
  primary: C | undefined;
  /**
   * On an ownership form the reporting owners (filers); elsewhere the other companies
   * (co-registrants, subject companies). Distinct names, the primary's left out.
   */
  others: C[];
  /** True when `primary` is the issuer of an ownership form. */
  issuer: boolean;
}

/** The first company of each distinct name (case-insensitive), in order. */
function distinct<C extends NamedCompany>(companies: readonly C[]): C[] {
  const seen = new Set<string>();
  return companies.filter((c) => {
    const key = c.name!.trim().toUpperCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The company a filing is listed under: on an ownership form the issuer (role 'issuer' or
 * 'subject-company'); elsewhere the filer, subject company or registrant, else the issuer,
 * else the first named company (the rule the store uses for `filings.company_name`).
 */
export function shownCompany<C extends NamedCompany>(
  formType: string | null,
  companies: readonly C[],
): ShownCompany<C> {
  const named = distinct(companies.filter((c) => c.name && c.name.trim()));
  const issuerForm = isIssuerForm(formType);
  const subject = issuerForm ? named.find((c) => c.role === 'issuer' || c.role === 'subject-company') : undefined;
  const primary =
    subject ??
    named.find((c) => c.role === 'filer' || c.role === 'subject-company' || c.role === 'registrant') ??
    named.find((c) => c.role === 'issuer') ??
    named[0];
  const key = primary?.name?.trim().toUpperCase();
  return {
    primary,
    others: named.filter((c) => c.name!.trim().toUpperCase() !== key),
    issuer: subject !== undefined,
  };
}
