// The field filters of the query language: their names (for autocomplete) and how each
// value is checked and normalised. A bad value is an error with the value's position.
import type { FieldName, FilterValue } from './ast';
import { foldText } from './text';

export interface FieldInfo {
  name: FieldName;
  description: string;
  example: string;
}

export const QUERY_FIELDS: readonly FieldInfo[] = [
  {
    name: 'form',
    description: 'Form type as an EDGAR code (10-KSB = 10KSB); a trailing * takes the family, /A the amendments',
    example: 'form:10-K*',
  },
  { name: 'company', description: 'Company name contains', example: 'company:"washington mutual"' },
  { name: 'cik', description: 'Central Index Key', example: 'cik:1234' },
  { name: 'item', description: '8-K item (2.02, or a legacy item such as 5)', example: 'item:2.02' },
  { name: 'state', description: 'State of incorporation', example: 'state:DE' },
  { name: 'sic', description: 'Standard Industrial Classification code', example: 'sic:6189' },
  {
    name: 'filed',
    description: 'Filed date only (a document without a header states none), year, month or range',
    example: 'filed:2004-01-01..2004-06-30',
  },
  {
    name: 'period',
    description: 'Period of report (an 8-K: date of report), year, month or range',
    example: 'period:2004',
  },
  {
    name: 'date',
    description: "The filing's date: filed, else date of report or period (what the timeline and years show)",
    example: 'date:2004-03',
  },
  { name: 'accession', description: 'Accession number', example: 'accession:0000950129-95-001652' },
  { name: 'exhibit', description: 'Has an exhibit of this type', example: 'exhibit:EX-99' },
  { name: 'file', description: 'File path contains', example: 'file:2004/QTR1' },
  {
    name: 'section',
    description: 'Text matches inside this Item (1A, 7, I.2, II.1A, 2.02) or a section title containing the words',
    example: 'section:1A',
  },
];

export const FIELD_NAMES: readonly FieldName[] = QUERY_FIELDS.map((f) => f.name);

export function isFieldName(name: string): name is FieldName {
  return (FIELD_NAMES as readonly string[]).includes(name);
}

type Check = { value: FilterValue } | { error: string };

const DATE = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?$/;

/** A year, month or day as the [first, last] ISO days it covers; null when malformed. */
function dateBounds(text: string): [string, string] | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo && (+mo < 1 || +mo > 12)) return null;
  if (d && (+d < 1 || +d > 31)) return null;
  if (d) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
  if (mo) return [`${y}-${mo}-01`, `${y}-${mo}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

function range(raw: string): Check {
  const bad = { error: `expects a date like 2004, 2004-03, 2004-03-15 or a range 2004-01-01..2004-06-30` };
  const parts = raw.split('..');
  if (parts.length > 2) return bad;
  if (parts.length === 1) {
    const b = dateBounds(raw);
    return b ? { value: { kind: 'range', from: b[0], to: b[1] } } : bad;
  }
  const [a, z] = parts;
  if (!a && !z) return bad;
  const from = a ? dateBounds(a) : null;
  const to = z ? dateBounds(z) : null;
  if ((a && !from) || (z && !to)) return bad;
  return { value: { kind: 'range', from: from ? from[0] : null, to: to ? to[1] : null } };
}

const code = (c: string): Check => ({ value: { kind: 'code', code: c } });

const CHECKS: Record<FieldName, (raw: string) => Check> = {
  form(raw) {
    const family = raw.endsWith('*');
    const form = (family ? raw.slice(0, -1) : raw).trim().toUpperCase();
    if (!form) return { error: 'needs a form type before *' };
    return { value: { kind: 'form', form, family } };
  },
  company: (raw) => ({ value: { kind: 'text', text: foldText(raw.trim()) } }),
  file: (raw) => ({ value: { kind: 'text', text: foldText(raw.trim()) } }),
  cik(raw) {
    if (!/^\d{1,10}$/.test(raw)) return { error: 'expects up to 10 digits' };
    return code(raw.padStart(10, '0'));
  },
  item(raw) {
    const m = /^(\d{1,2})(?:\.(\d{1,2}))?$/.exec(raw);
    if (!m) return { error: 'expects an item number like 2.02 or 5' };
    return code(m[2] === undefined ? String(+m[1]) : `${+m[1]}.${m[2].padStart(2, '0')}`);
  },
  state(raw) {
    if (!/^[A-Za-z0-9]{2}$/.test(raw)) return { error: 'expects a 2-letter code like DE' };
    return code(raw.toUpperCase());
  },
  sic(raw) {
    if (!/^\d{1,4}$/.test(raw)) return { error: 'expects a SIC code of up to 4 digits' };
    return code(raw.padStart(4, '0'));
  },
  filed: range,
  period: range,
  date: range,
  accession(raw) {
    const m = /^(\d{10})-?(\d{2})-?(\d{6})$/.exec(raw);
    if (!m) return { error: 'expects an accession number like 0000950129-95-001652' };
    return code(`${m[1]}-${m[2]}-${m[3]}`);
  },
  exhibit(raw) {
    const v = raw.toUpperCase();
    if (!/^(EX-)?[0-9A-Z][0-9A-Z.-]*$/.test(v)) return { error: 'expects an exhibit type like EX-99 or 10.1' };
    return code(v.startsWith('EX-') ? v : `EX-${v}`);
  },
  section(raw) {
    // An item code as the section index writes it ("1A", "7", "I.2", "II.1A", "2.02"), else
    // words of a section's printed title ("risk factors").
    const m = /^(?:(I{1,3}|IV)\.)?(\d{1,2}(?:\.\d{2})?[A-Z]?)$/i.exec(raw.trim());
    if (m) return code(`${m[1] ? `${m[1].toUpperCase()}.` : ''}${m[2]!.toUpperCase()}`);
    return { value: { kind: 'text', text: foldText(raw.trim()) } };
  },
};

/** Checks and normalises a field value; the error message names the field. */
export function checkFieldValue(field: FieldName, raw: string): { value: FilterValue } | { error: string } {
  if (!raw.trim()) return { error: `${field}: needs a value` };
  const r = CHECKS[field](raw);
  return 'error' in r ? { error: `${field}: ${r.error}` } : r;
}
