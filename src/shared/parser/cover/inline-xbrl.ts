// Inline XBRL cover facts: the dei: elements (DocumentType, EntityRegistrantName, ...) tagged
// in the document, usually inside the hidden ix:header or on the cover page itself.
import { parseDate } from '../../edgar/dates';
import { stateCode } from '../../edgar/states';
import { attribute, findElement, markupText } from './xml-scan';

/** dei local name -> its first value in the document. */
export type DeiFacts = Record<string, string>;

/** Bound on 'dei:' occurrences examined (namespace declarations and dimensions included). */
const MAX_HITS = 5_000;
/** How far past its start tag a dei: fact's end tag may be. */
const FACT_REACH = 20_000;

/** Whether the HTML is inline XBRL (carries ix: facts). */
export function isInlineXbrl(html: string): boolean {
  return /<ix:(?:nonNumeric|header|nonFraction)\b/i.test(html.slice(0, 200_000)) || html.includes('<ix:nonNumeric');
}

/** Every dei: fact's first value, found by scanning for name="dei:...". */
export function readDeiFacts(html: string): DeiFacts {
  const facts: DeiFacts = {};
  let at = 0;
  for (let n = 0; n < MAX_HITS; n++) {
    const hit = html.indexOf('dei:', at);
    if (hit < 0) break;
    at = hit + 4;
    const tagStart = html.lastIndexOf('<', hit);
    // Only a hit inside an ix:nonNumeric start tag is a fact (not xmlns or a dimension).
    if (tagStart < 0 || hit - tagStart > 2000 || !/^<ix:nonNumeric\s/i.test(html.slice(tagStart, tagStart + 16)))
      continue;
    if (html.indexOf('>', tagStart) < hit) continue;
    // Cover facts are short: bounding the search for the end tag keeps unclosed tags linear.
    const span = findElement(html, 'nonNumeric', tagStart, Math.min(html.length, tagStart + FACT_REACH));
    const local = span ? attribute(span.tag, 'name') : null;
    if (!span || !local?.startsWith('dei:')) continue;
    const name = local.slice(4);
    if (!(name in facts)) {
      const value = markupText(html.slice(span.contentStart, span.contentEnd));
      if (value !== '') facts[name] = value;
    }
    at = Math.max(at, span.contentStart);
  }
  return facts;
}

function digits(s: string | undefined): string {
  return (s ?? '').replace(/\D/g, '');
}

export interface XbrlCover {
  formType: string | null;
  periodOfReport: string | null;
  name: string | null;
  cik: string | null;
  fileNumber: string | null;
  stateOfIncorporation: string | null;
  irsNumber: string | null;
  phone: string | null;
  address: {
    street1: string | null;
    street2: string | null;
    city: string | null;
    state: string | null;
    zip: string | null;
  } | null;
}

/** The cover facts the dei: tags state, normalised like the header's. */
export function xbrlCover(dei: DeiFacts): XbrlCover {
  const cik = digits(dei.EntityCentralIndexKey);
  const irs = digits(dei.EntityTaxIdentificationNumber);
  const area = digits(dei.CityAreaCode);
  const local = digits(dei.LocalPhoneNumber);
  const street1 = dei.EntityAddressAddressLine1 ?? null;
  const city = dei.EntityAddressCityOrTown ?? null;
  return {
    formType: dei.DocumentType ?? null,
    periodOfReport: dei.DocumentPeriodEndDate ? parseDate(dei.DocumentPeriodEndDate) : null,
    name: dei.EntityRegistrantName ?? null,
    cik: cik.length > 0 && cik.length <= 10 ? cik.padStart(10, '0') : null,
    fileNumber: dei.EntityFileNumber ?? null,
    stateOfIncorporation: stateCode(dei.EntityIncorporationStateCountryCode),
    irsNumber: irs.length === 9 ? irs : null,
    phone: area.length === 3 && local.length === 7 ? `(${area}) ${local.slice(0, 3)}-${local.slice(3)}` : null,
    address:
      street1 || city
        ? {
            street1,
            street2: dei.EntityAddressAddressLine2 ?? null,
            city,
            state: stateCode(dei.EntityAddressStateOrProvince) ?? dei.EntityAddressStateOrProvince ?? null,
            zip: dei.EntityAddressPostalZipCode ?? null,
          }
        : null,
  };
}
