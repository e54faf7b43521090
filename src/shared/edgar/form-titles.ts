// Lines that title an EDGAR form or name the kind of report it is ("FORM ABS-15G",
// "ASSET-BACKED SECURITIZER REPORT", "ASSET-BACKED ISSUER DISTRIBUTION REPORT", "SPECIALIZED
// DISCLOSURE REPORT", "NOTIFICATION OF LATE FILING", "REPORT OF FOREIGN PRIVATE ISSUER"). They
// stand prominently where a company's name would, and are never a company's name.

/** The words such titles are made of (and only those). */
const TITLE_WORDS = new Set(
  (
    'a an and as by for in of on or the to under with its ' +
    'form forms schedule report reports statement statements notice notification certification ' +
    'application filing prospectus supplement amendment amended registration information proxy ' +
    'annual quarterly current semi-annual semiannual monthly periodic transition special interim ' +
    'specialized disclosure distribution asset-backed securitizer securitizers issuer issuers ' +
    'depositor sponsor general certified shareholder shareholders stockholder stockholders ' +
    'institutional investment manager managers holdings foreign private beneficial ownership ' +
    'change changes securities exchange act section rule pursuant late no number tender offer ' +
    'exempt offering offerings sold solicitation recommendation initial final preliminary ' +
    'definitive additional materials post-effective'
  ).split(' '),
);

/** The word that makes a line a title: the kind of document it is. */
const KIND =
  /\b(?:form|schedule|report|statement|notice|notification|certification|application|securitizer|prospectus|supplement)s?\b/i;

/** Form codes and numbers inside titles: "ABS-15G", "10-K", "15G", "1934", "13(a)". */
const CODE = /^[a-z]{0,4}-?\d[\w()-]*$|^\d[\w()-]*$/;

/** Whether a line is the title of an EDGAR form or report kind, not a name. */
export function isFormTitleLine(text: string): boolean {
  if (text.length > 160 || !KIND.test(text)) return false;
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9()\s-]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== '-');
  return words.length > 0 && words.every((w) => TITLE_WORDS.has(w) || CODE.test(w));
}
