// Form families the scorer reports by, from the EDGAR code of the filing. Current reports of
// foreign issuers (6-K) count with 8-K, annual reports of foreign issuers (20-F, 40-F) with
// 10-K; registration statements and prospectuses (S-, F-, 424B, FWP, POS AM) are "prospectus".
export const FAMILIES = [
  '8-K',
  '10-K',
  '10-Q',
  'prospectus',
  'proxy',
  '13F',
  '13D/G',
  'fund',
  'ABS',
  'ownership',
  'other',
] as const;
export type Family = (typeof FAMILIES)[number];

const RULES: [RegExp, Family][] = [
  [/^(?:8-K|6-K)/, '8-K'],
  [/^(?:10-?K|20-F|40-F)/, '10-K'],
  [/^10-?Q/, '10-Q'],
  [/^(?:10-D|ABS-|SF-)/, 'ABS'],
  [/^(?:S-\d|F-\d|424B|FWP|POS\s?AM|S-8\s?POS|POS\s?EX|POSASR|RW\b)/, 'prospectus'],
  [/^(?:PRE|PRER|PREM|PREC|DEF|DEFA|DEFM|DEFR|DEFC|DEFN)\s?14[AC]/, 'proxy'],
  [/^13F/, '13F'],
  [/^SC\s?13[DG]/, '13D/G'],
  [/^(?:N-|NPORT|NSAR|485|486|497|24F|40-17|40-APP|N-?CSR)/, 'fund'],
  [/^(?:3|4|5|144)(?:\/A)?$/, 'ownership'],
];

export function formFamily(formType: string | null): Family {
  const form = (formType ?? '').trim().toUpperCase();
  for (const [re, family] of RULES) if (re.test(form)) return family;
  return 'other';
}
