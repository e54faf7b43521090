// An archive built to tie: one text identical in a third of 900 filings (one big group of
// equal scores), some filings with a second or third matching document, better or worse than
// the first. Ranking shortcuts that mishandle ties or a filing's best document fail on it.
import { company, doc, filing, type Entry } from './fixture-db';

const TEXTS = [
  'common stock was issued', // identical in a third of the filings: one big tie
  'common stock and preferred stock, stock options',
  'the stock of the trust',
  'trust agreement',
];

export function tieEntries(): Entry[] {
  return Array.from({ length: 900 }, (_, i) => {
    const documents = [doc(TEXTS[i % 3], { sequence: 1 })];
    if (i % 7 === 0) documents.push(doc(`stock ${'stock '.repeat(i % 5)}exhibit`, { sequence: 2, filename: 'ex.txt' }));
    if (i % 11 === 0) documents.push(doc(TEXTS[3], { sequence: 3, filename: 'ex2.txt' }));
    return {
      path: `/f/${i}.txt`,
      filing: filing({
        accessionNumber: `0000000001-04-${String(i).padStart(6, '0')}`,
        formType: i % 2 ? '8-K' : '10-K',
        filedDate: `200${i % 10}-01-${String(1 + (i % 28)).padStart(2, '0')}`,
        companies: [company({ name: i % 13 === 0 ? 'STOCK HOLDINGS INC' : `COMPANY ${i % 40}` })],
        documents,
      }),
    };
  });
}
