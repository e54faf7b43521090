// Which items a form family has, which it must have (by filed date), and the words each
// item's title carries, so a heading can be told from a cross reference.

export type Family = '10-K' | '10-KSB' | '10-Q' | '8-K' | '20-F';

/** The family of a form type: 10-K405, 10-KT, 10-K/A... are 10-K; 10KSB and 10-KSB405 are 10-KSB. */
export function formFamily(formType: string | null): Family | null {
  if (!formType) return null;
  const f = formType.toUpperCase().replace(/\s+/g, '');
  if (/^10-?KSB/.test(f)) return '10-KSB';
  if (/^10-?K(405|T)?(\/A)?$/.test(f) || /^10-?K405/.test(f)) return '10-K';
  if (/^10-?Q(SB)?(\/A)?$/.test(f)) return '10-Q';
  if (/^8-?K(\/A)?$/.test(f)) return '8-K';
  if (/^20-?F(\/A)?$/.test(f)) return '20-F';
  return null;
}

export const isAmendment = (formType: string | null): boolean => /\/A$/i.test(formType ?? '');

/** Title words of 10-K items (Regulation S-K numbering), used to grade a heading. */
const TEN_K_TITLES: Record<string, RegExp> = {
  '1': /business/i,
  '1A': /risk/i,
  '1B': /unresolved|staff comments/i,
  '1C': /cyber/i,
  '2': /propert/i,
  '3': /legal|proceeding/i,
  '4': /submission|vote|mine|reserved|removed/i,
  '5': /market/i,
  '6': /selected|reserved|financial data/i,
  '7': /management|discussion/i,
  '7A': /quantitative|market risk/i,
  '8': /financial statements/i,
  '9': /changes|disagreements/i,
  '9A': /controls/i,
  '9B': /other information/i,
  '9C': /foreign|inspection/i,
  '10': /directors|officers|governance/i,
  '11': /compensation/i,
  '12': /ownership|beneficial/i,
  '13': /relationships|transactions|exhibits/i,
  '14': /accountant|fees|exhibits/i,
  '15': /exhibits|schedules/i,
};

const TEN_Q_TITLES: Record<string, RegExp> = {
  'I.1': /financial statements/i,
  'I.2': /management|discussion/i,
  'I.3': /quantitative|market risk/i,
  'I.4': /controls/i,
  'II.1': /legal/i,
  'II.1A': /risk/i,
  'II.2': /sales|securities|proceeds|repurchase/i,
  'II.3': /defaults/i,
  'II.4': /submission|vote|mine|reserved|removed/i,
  'II.5': /other information/i,
  'II.6': /exhibits/i,
};

export function titlePattern(family: Family, code: string): RegExp | null {
  if (family === '10-K') return TEN_K_TITLES[code] ?? null;
  if (family === '10-Q') return TEN_Q_TITLES[code] ?? null;
  return null;
}

/** Items a filing of this family filed on `filed` (ISO) should have; amendments expect none. */
export function expectedCodes(family: Family, filed: string | null, itemCodes: string[]): string[] {
  const on = (from: string): boolean => filed == null || filed >= from;
  const before = (until: string): boolean => filed == null || filed < until;
  switch (family) {
    case '10-K':
      return [
        '1',
        ...(on('2005-12-01') ? ['1A', '1B'] : []),
        ...(on('2023-12-15') ? ['1C'] : []),
        '2',
        '3',
        '5',
        ...(before('2021-02-10') ? ['6'] : []),
        '7',
        ...(on('1997-06-15') ? ['7A'] : []),
        '8',
        '9',
        ...(on('2003-08-14') ? ['9A'] : []),
        '10',
        '11',
        '12',
        '13',
        ...(on('2003-08-14') ? ['14', '15'] : []),
      ];
    case '10-KSB':
      return ['1', '2', '3', '5', '6', '7', '8', '9', '10', '11', '12', '13'];
    case '10-Q':
      return [
        'I.1',
        'I.2',
        ...(on('1997-06-15') ? ['I.3'] : []),
        ...(on('2003-08-14') ? ['I.4'] : []),
        ...(on('2005-12-01') ? ['II.1A'] : []),
        'II.6',
      ];
    case '8-K':
      // The header names the items; "9.01"/"7" (exhibits) is often only a list of exhibits.
      return itemCodes;
    case '20-F':
      return ['3', '4', '5', '6', '7', '8', '9', '10', '11'];
  }
}

/**
 * A sort key that orders item codes as forms print them: 1 < 1A < 1B < 2 ... < 15; I.* < II.*;
 * 1.01 < 2.02. Letters sort after the bare number ("4T" too).
 */
export function codeOrder(code: string): number {
  const m = /^(?:(I{1,3}|IV)\.)?(\d{1,2})(?:\.(\d{2}))?([A-Z]?)$/.exec(code);
  if (!m) return Number.MAX_SAFE_INTEGER;
  const part = m[1] ? m[1].length + (m[1] === 'IV' ? 3 : 0) : 0;
  const letter = m[4] ? m[4].charCodeAt(0) - 64 : 0;
  return part * 1_000_000 + Number(m[2]) * 10_000 + (m[3] ? Number(m[3]) * 30 : 0) + letter;
}
