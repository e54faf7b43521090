// The dissemination (.nc) header: nested `<TAG>value` / `</TAG>` elements, separated by CR
// or LF or nothing at all. Tags are renamed to their SGML-header spelling so one builder
// reads both formats.
import type { HeaderField } from './header-types';
import { canonicalKey } from './sgml-header';

const NC_TO_SGML: Record<string, string> = {
  TYPE: 'CONFORMED SUBMISSION TYPE',
  PERIOD: 'CONFORMED PERIOD OF REPORT',
  ITEMS: 'ITEM INFORMATION',
  'FILING DATE': 'FILED AS OF DATE',
  'CONFORMED NAME': 'COMPANY CONFORMED NAME',
  CIK: 'CENTRAL INDEX KEY',
  'ASSIGNED SIC': 'STANDARD INDUSTRIAL CLASSIFICATION',
  'FILE NUMBER': 'SEC FILE NUMBER',
  STREET1: 'STREET 1',
  STREET2: 'STREET 2',
  PHONE: 'BUSINESS PHONE',
  'DATE CHANGED': 'DATE OF NAME CHANGE',
};

/** The header's fields in order, one at a time (see readSgmlHeaderFields). */
export function* readNcHeaderFields(text: string): Generator<HeaderField> {
  let pos = text.indexOf('<');
  while (pos >= 0 && pos < text.length) {
    const close = text.indexOf('>', pos + 1);
    if (close < 0) break;
    const next = text.indexOf('<', close + 1);
    const valueEnd = next < 0 ? text.length : next;
    const rawTag = text.slice(pos + 1, close);
    if (rawTag.length > 0 && rawTag.length <= 60) {
      const closing = rawTag.startsWith('/');
      const key = canonicalKey(closing ? rawTag.slice(1) : rawTag);
      const name = NC_TO_SGML[key] ?? key;
      if (closing) yield { key: `/${name}`, value: '' };
      else if (name !== 'SUBMISSION') yield { key: name, value: text.slice(close + 1, valueEnd).trim() };
    }
    pos = next;
  }
}
