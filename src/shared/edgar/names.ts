// Company names as EDGAR conforms them ("COCA COLA CO", "BELL & HOWELL CO/") and as covers
// print them ("THE COCA-COLA COMPANY") differ in case, punctuation, a leading "The", suffix
// spellings and EDGAR's trailing "/DE/" disambiguators. Folding both makes them comparable.

const SUFFIXES: [RegExp, string][] = [
  [/\bincorporated\b/g, 'inc'],
  [/\bcorporation\b/g, 'corp'],
  [/\bcompany\b/g, 'co'],
  [/\blimited\b/g, 'ltd'],
  [/\bl l c\b/g, 'llc'],
  [/\bl p\b/g, 'lp'],
  [/\bn v\b/g, 'nv'],
  [/\bs a\b/g, 'sa'],
  [/\bp l c\b/g, 'plc'],
];

/**
 * Lower case, "&" and "and" dropped, punctuation to spaces, suffixes abbreviated, a leading
 * "the" and EDGAR's trailing "/XX/" state tag removed, whitespace collapsed.
 */
export function foldCompanyName(name: string): string {
  let s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s\/[a-z]{2,3}\/?\s*$/, '')
    .replace(/['’]/g, '')
    .replace(/[&]|\band\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ');
  for (const [re, short] of SUFFIXES) s = s.replace(re, short);
  return s
    .replace(/^ *the /, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether two spellings name the same company after folding. */
export function sameCompanyName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const fa = foldCompanyName(a);
  return fa !== '' && fa === foldCompanyName(b);
}
