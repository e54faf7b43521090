// readCover is total and linear: random and hostile inputs never throw and never make a
// regular expression or a scan go quadratic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCover, type CoverFacts } from '../../../src/shared/parser/cover';

function wellFormed(facts: CoverFacts): void {
  expect(Array.isArray(facts.items)).toBe(true);
  expect(Array.isArray(facts.exhibits)).toBe(true);
  expect(Array.isArray(facts.signatures)).toBe(true);
  expect(Array.isArray(facts.otherCompanies)).toBe(true);
  expect(typeof facts.sources).toBe('object');
}

/** Pieces of real covers, so random inputs reach the readers' deeper branches. */
const FRAGMENTS = [
  'FORM 8-K',
  'FORM 10-K/A',
  'SCHEDULE 13G',
  '(Amendment No. 2)',
  'Item 5.',
  'Item 2.02',
  'ITEM 9.01',
  '(Exact name of registrant as specified in its charter)',
  '(State or other jurisdiction',
  '(Commission File Number)',
  '(I.R.S. Employer Identification No.)',
  'Delaware',
  '333-103345',
  '94-2528990',
  'March 24, 2004',
  '(date of earliest event reported)',
  'SIGNATURE',
  'By: /s/ A B',
  'Exhibit Index',
  '99.1  Press release',
  '(Address of principal executive offices)',
  '(206) 377-8555',
  '<ix:nonNumeric name="dei:DocumentType">',
  '</ix:nonNumeric>',
  '<ownershipDocument>',
  '<issuer>',
  '<edgarSubmission>',
  '<primaryIssuer>',
  'SERIES 2004-RS1',
  '$414,498,021',
  '\t',
  '  ',
  '\n',
  '(',
  ')',
];

describe('readCover on random input', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), fc.boolean(), (s, asHtml) => {
        wellFormed(readCover({ text: s, html: asHtml ? s : null, declaredType: null }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on shuffled cover fragments', () => {
    const cover = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 200 }).map((a) => a.join(' \n'));
    fc.assert(
      fc.property(cover, fc.option(fc.string({ maxLength: 20 })), (s, declared) => {
        wellFormed(readCover({ text: s, html: s, declaredType: declared, filedDate: '2004-03-25' }));
      }),
      { numRuns: 300 },
    );
  });
});

/** Time to read `text` (as text and as HTML), in milliseconds. */
function timed(text: string): number {
  const t0 = performance.now();
  readCover({ text, html: text, declaredType: null });
  return performance.now() - t0;
}

const HOSTILE: [string, (n: number) => string][] = [
  ['one long line', (n) => 'A'.repeat(n)],
  ['runs of spaces', (n) => `Delaware${' '.repeat(n)}333-1`],
  ['item headings', (n) => 'Item 5.\n'.repeat(n / 8)],
  ['caption lines', (n) => '(Commission File Number)\n'.repeat(n / 25)],
  ['unclosed dei facts', (n) => '<ix:nonNumeric name="dei:DocumentType">8-K '.repeat(n / 44)],
  ['unclosed XML elements', (n) => `<ownershipDocument>${'<reportingOwner><rptOwnerName>x'.repeat(n / 32)}`],
  ['nested same elements', (n) => `<edgarSubmission>${'<filingManager>'.repeat(n / 15)}`],
  ['date-like digits', (n) => '12/31/9'.repeat(n / 7)],
  ['exhibit lines', (n) => `Exhibit Index\n${'99.1 x\n'.repeat(n / 7)}`],
  ['signature marks', (n) => `SIGNATURES\n${'/s/ '.repeat(n / 4)}`],
  // Runs of trimmable characters before a caption: a trailing-class regex would go quadratic.
  ['comma runs above a name caption', (n) => `${', '.repeat(n / 2)}x\n(Exact name of registrant as specified)`],
  ['star runs in a state cell', (n) => `${'* '.repeat(n / 2)}x\n(State or other jurisdiction)`],
  ['comma runs above an address caption', (n) => `${', ,'.repeat(n / 3)}x\n(Address of principal executive offices)`],
];

describe('readCover on hostile input', () => {
  it.each(HOSTILE)('%s: linear in size', (_name, make) => {
    const small = make(250_000);
    const large = make(2_000_000);
    timed(small); // warm up the regular expressions
    const tSmall = Math.max(timed(small), 5);
    const tLarge = timed(large);
    // 8x the input may cost ~8x the time; quadratic behaviour would cost ~64x.
    expect(tLarge).toBeLessThan(tSmall * 24 + 200);
    expect(tLarge).toBeLessThan(3000);
  });
});
