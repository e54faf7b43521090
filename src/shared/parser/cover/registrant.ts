// The registrant's name: the line(s) above "(Exact name of registrant as specified in its
// charter)", or, on covers without that caption (like the 2004 asset-backed 8-Ks), the first
// prominent all-capitals line that is not part of the form's boilerplate.
import { lineCells } from './near-caption';
import { squash, type CoverText, type Line } from './text-lines';

const NAME_CAPTION =
  /exact\s{1,3}name\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:registrant|issuer|company|trust|depositor|securitizer)|name\s{1,3}of\s{1,3}registrant\s{1,3}as\s{1,3}specified|\(\s{0,2}name\s{1,3}of\s{1,3}(?:registrant|issuer|subject\s{1,3}company)/i;

/** Lines that belong to every cover and never name the registrant. */
const BOILERPLATE =
  /^(?:UNITED STATES|SECURITIES AND EXCHANGE COMMISSION|WASHINGTON,?\s{0,3}D\.?\s{0,2}C\b|FORM\b|CURRENT REPORT|ANNUAL REPORT|QUARTERLY REPORT|TRANSITION REPORT|PURSUANT|SECURITIES EXCHANGE ACT|THE SECURITIES EXCHANGE|SCHEDULE\b|AMENDMENT|UNDER THE|TABLE OF CONTENTS|PART\s|ITEM\s|INFORMATION|SECTIONS?\b|AS FILED|DRAFT|REGISTRATION|PROXY|NOTICE|CONFORMED|\(|-|=|_|\*|<|\[|\d)/i;

const MONTH_DATE = /^(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b/i;

const CORPORATE_SUFFIX =
  /\b(?:INC|INCORPORATED|CORP|CORPORATION|CO|COMPANY|LLC|L\.L\.C|LP|L\.P|LTD|LIMITED|PLC|N\.V|S\.A|TRUST|BANCORP|HOLDINGS?|GROUP|FUND|PARTNERS|ASSOCIATES)\b\.?/i;

/** A name may run over two lines when the second is only the corporate suffix ("CORP."). */
const SUFFIX_ONLY = /^(?:INC|INCORPORATED|CORP|CORPORATION|CO|COMPANY|LLC|L\.?P|LTD|LIMITED|PLC)\.?,?$/i;

function cleanName(s: string): string | null {
  const name = squash(s)
    .replace(/^[\s"'“”*]+|[\s"'“”*:,;]+$/g, '')
    .replace(/\s{0,3}\((?:the\s)?"?(?:registrant|company|issuer)"?\)$/i, '');
  if (name.length < 2 || name.length > 150 || !/[A-Za-z]/.test(name)) return null;
  return name;
}

function nameAbove(lines: readonly Line[], caption: number): string | null {
  let i = caption - 1;
  while (i >= 0 && (lines[i]!.text === '' || /^[-=_*\s]+$/.test(lines[i]!.text))) i--;
  if (i < 0 || caption - i > 6) return null;
  let text = lineCells(lines[i]!.text)[0] ?? '';
  if (SUFFIX_ONLY.test(text) && i > 0 && lines[i - 1]!.text !== '') {
    text = `${lineCells(lines[i - 1]!.text)[0] ?? ''} ${text}`;
  }
  if (/^\(/.test(text)) return null;
  return cleanName(text);
}

/** The registrant named by its caption, or the first prominent all-capitals name. */
export function readRegistrantName(cover: CoverText): string | null {
  const { lines } = cover;
  for (let c = 0; c < lines.length; c++) {
    if (!NAME_CAPTION.test(lines[c]!.text)) continue;
    // "Exact name of registrant as specified in its charter: Foo Corp" (value after the caption).
    const after = /(?:charter|issuer|registrant)\)?\s{0,3}:\s{0,3}(\S.{1,120})$/i.exec(lines[c]!.text);
    const name = nameAbove(lines, c) ?? (after ? cleanName(after[1]!) : null);
    if (name) return name;
  }
  return prominentName(lines);
}

function prominentName(lines: readonly Line[]): string | null {
  let firstCaps: string | null = null;
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const text = lineCells(lines[i]!.text)[0] ?? '';
    if (text.length < 4 || text.length > 100 || BOILERPLATE.test(text) || MONTH_DATE.test(text)) continue;
    const letters = text.replace(/[^A-Za-z]/g, '');
    if (letters.length < 4 || letters !== letters.toUpperCase()) continue;
    if (!/\s/.test(text)) continue;
    if (CORPORATE_SUFFIX.test(text)) return cleanName(text);
    firstCaps ??= cleanName(text);
  }
  return firstCaps;
}
