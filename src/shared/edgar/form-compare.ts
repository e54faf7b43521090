// Form types as EDGAR codes, compared. EDGAR's own lists spell the same form with and without
// its hyphens and spaces ("10-KSB" on the cover, "10KSB" as the submission type; "SC 13G" and
// "SC13G" in old indexes; "DEF 14A" and "DEF14A"), so two spellings are one code when they
// agree letter for letter once case, spaces and hyphens are set aside. The amendment suffix
// "/A" stays significant: "10-K" and "10-K/A" are different forms.

import { normalizeFormCode } from './form-codes';

/**
 * The comparable key of a form type: EDGAR's spelling (normalizeFormCode, the one table of
 * aliases search uses too), then upper case without spaces, hyphens or dashes.
 */
export function formCodeKey(form: string): string {
  return normalizeFormCode(form).replace(/[\s\-\u2010-\u2015]+/g, '');
}

/** Whether two form types are the same EDGAR code ("10-KSB" = "10KSB", "SC 13G" = "SC13G"). */
export function sameFormCode(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const ka = formCodeKey(a);
  return ka !== '' && ka === formCodeKey(b);
}
