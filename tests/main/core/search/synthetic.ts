// A deterministic synthetic archive for search tests: varied forms, dates, companies, states,
// SIC codes, items and exhibits, with known words in primary documents and exhibits.
import type { Filing } from '../../../../src/shared/filing';
import { company, doc, filing, type Entry } from './fixture-db';

export const FORMS = ['8-K', '8-K/A', '10-K', '10-K405', '10-K/A', '10-Q'];
export const COMPANIES = [
  { name: 'WASHINGTON MUTUAL INC', cik: '0000933136', state: 'WA', sic: '6035' },
  { name: 'Acme Widgets Corp', cik: '0000000042', state: 'DE', sic: '3490' },
  { name: 'BANK ONE CORP', cik: '0000777001', state: 'DE', sic: '6021' },
  { name: 'Zenith Capital Trust', cik: '0001234567', state: null, sic: '6189' },
  { name: 'ÉCOLE HOLDINGS SA', cik: null, state: 'NY', sic: null },
];
const SECOND_COMPANY = company({
  role: 'subject-company',
  name: 'NEVADA TARGET INC',
  cik: '0000000777',
  stateOfIncorporation: 'NV',
  sic: '6021',
});
const WORDS = ['merger', 'acquisition', 'servicing', 'dividend', 'revenue', 'lease', 'trust', 'bond'];
const ITEMS = ['2.02', '5', '9.01', '1.01'];

/** A small linear congruential generator: the same archive on every run. */
function rng(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor(s / 65536) % n; // the low bits of an LCG cycle quickly
  };
}

export function syntheticEntries(count = 240, seed = 7): Entry[] {
  const r = rng(seed);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const c = COMPANIES[r(COMPANIES.length)];
    const form = FORMS[r(FORMS.length)];
    const year = 1994 + r(15);
    const month = String(1 + r(12)).padStart(2, '0');
    const day = String(1 + r(28)).padStart(2, '0');
    // Some filings are header-less documents: no filed date, and most of them a date of report.
    const filed = i % 37 === 5 ? null : `${year}-${month}-${day}`;
    const period = i % 74 === 5 ? null : `${year}-${month}-01`;
    const words = [WORDS[r(WORDS.length)], WORDS[r(WORDS.length)]];
    const phrase = i % 5 === 0 ? 'The loan servicing agreement was amended.' : 'Servicing fees were paid.';
    const body = `Item ${i}. The company reported ${words.join(' and ')} results. ${phrase} End of report ${i}.`;
    const documents = [doc(body, { type: form, filename: `d${i}.txt` })];
    const exhibits: Filing['exhibits'] = [];
    if (i % 4 === 0) {
      const exText =
        i % 8 === 0 ? 'Press release: exhibitonly zebra announcement.' : 'Press release: quarterly results.';
      documents.push(
        doc(exText, { sequence: 2, type: 'EX-99.1', filename: `ex${i}.txt`, description: 'PRESS RELEASE' }),
      );
      exhibits.push({ number: '99.1', description: 'Press release' });
    }
    const f = filing({
      accessionNumber: `0000950129-${String(year).slice(2)}-${String(i).padStart(6, '0')}`,
      formType: form,
      filedDate: filed,
      periodOfReport: period,
      companies: [
        company({
          name: c.name,
          cik: c.cik,
          stateOfIncorporation: c.state,
          sic: c.sic,
          fileNumber: `001-${c.cik ?? 'x'}`,
        }),
        // Some filings name a second company, so state and SIC facets are several-valued.
        ...(i % 6 === 1 ? [SECOND_COMPANY] : []),
      ],
      items: form.startsWith('8-K') ? [{ code: ITEMS[r(ITEMS.length)], title: null }] : [],
      documents,
      exhibits,
      signatures: [{ name: 'J. Doe', title: 'CFO', date: filed }],
      warnings: i % 50 === 0 ? ['synthetic warning'] : [],
    });
    out.push({ path: `/archive/${year}/QTR${1 + (i % 4)}/${f.accessionNumber}.txt`, filing: f });
  }
  return out;
}
