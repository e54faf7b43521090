// Generated 10-K filings with a table of contents, four Items and a few words scattered over
// them (shared by the section: search tests and the keyword-in-context tests).
import type { Filing } from '../../../../src/shared/filing';
import { sectionIndex } from '../../../../src/shared/parser/sections';
import { doc, filing } from './fixture-db';

export const WORDS = ['liquidity', 'cybersecurity', 'revenue', 'litigation', 'inflation', 'supplier'];
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(a: readonly T[]): T => a[Math.floor(random() * a.length)]!;
const sentence = () =>
  Array.from({ length: 12 }, () => (random() < 0.15 ? pick(WORDS) : 'the company reported')).join(' ') + '.';
const body = (n: number) => Array.from({ length: n }, sentence).join(' ');

/** The i-th filing; `n` sentences in each Item (long Items put the later ones' hits deep in the text). */
export function tenK(i: number, n = 4): Filing {
  const text = [
    'TABLE OF CONTENTS\nItem 1. Business 3\nItem 1A. Risk Factors 9\nItem 7. Management\u2019s Discussion and Analysis 20\nItem 8. Financial Statements 30',
    `PART I\n\nItem 1. Business\n\n${body(n)}`,
    `Item 1A. Risk Factors\n\n${body(n)}`,
    `PART II\n\nItem 7. Management\u2019s Discussion and Analysis\n\n${body(n)}`,
    `Item 8. Financial Statements\n\n${body(Math.max(3, n - 1))}`,
  ].join('\n\n');
  const form = i % 5 === 0 ? '10-K405' : '10-K';
  const f = filing({
    accessionNumber: `0000000001-07-${String(i).padStart(6, '0')}`,
    formType: form,
    filedDate: `2007-0${1 + (i % 9)}-15`,
    documents: [doc(text, { type: form })],
  });
  const idx = sectionIndex(f);
  return { ...f, sections: idx.sections, sectionsUnresolved: idx.unresolved };
}
