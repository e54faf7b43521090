// Documents without a cover page give no cover facts: a date in a letter is not a period, a
// file number in its "Re:" line is not the filer's. Known by the declared type (letters,
// fidelity bonds, certifications and other exhibits) or, for header-less files, by how the
// text opens: a letter's salutation or a certification before any form title.
import type { FormReading } from './form-type';

/** EDGAR document types that have no cover: correspondence, uploads, fidelity bonds, exhibits. */
const COVERLESS_TYPE = /^(?:CORRESP|UPLOAD|LETTER|COVER|40-17G|40-17F[12]|EX-|GRAPHIC)/i;

/** How far into the text a letter or certification shows itself. */
const OPENING_CHARS = 3_000;
const SALUTATION =
  /^[ \t]*(?:Dear\s{1,3}\S|Ladies\s{1,3}and\s{1,3}Gentlemen|Gentlemen:|To\s{1,3}Whom\s{1,3}It\s{1,3}May)/im;
const CERTIFICATION =
  /^[ \t]*(?:CERTIFICATIONS?\b|CERTIFICATION\s{1,3}OF\s{1,3}(?:CHIEF|PRINCIPAL)|I,\s{1,3}[A-Z][^,\n]{2,60},\s{1,3}certify\s{1,3}that)/im;

/** Whether the document has no cover page to read facts from. */
export function isCoverless(declaredType: string | null, text: string, form: FormReading | null): boolean {
  if (declaredType && COVERLESS_TYPE.test(declaredType.trim())) return true;
  // A form title or the schedule/prospectus statement makes it a cover, whatever follows.
  if (form && form.evidence !== 'mention') return false;
  const opening = text.slice(0, OPENING_CHARS);
  return SALUTATION.test(opening) || CERTIFICATION.test(opening);
}
