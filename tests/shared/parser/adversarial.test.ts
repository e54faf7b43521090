// Hostile inputs finish in time linear in their size: no catastrophic regex backtracking and
// no rescanning. Each case is timed at n and 2n bytes; 2n must take < 3x as long (+100 ms:
// timings are noisy), and every run must stay far from a pathological wall-clock.
import { expect, it } from 'vitest';
import { parseFiling } from '../../../src/shared/parser';

const encoder = new TextEncoder();

function timeParse(bytes: Uint8Array): number {
  const t0 = performance.now();
  const f = parseFiling(bytes);
  const ms = performance.now() - t0;
  expect(f.warnings.filter((w) => w.startsWith('parser error'))).toEqual([]);
  return ms;
}

/** Best of three runs of n and 2n bytes, interleaved so that load from other suites hits both alike. */
function timePair(small: Uint8Array, large: Uint8Array): [number, number] {
  let [a, b] = [Infinity, Infinity];
  for (let run = 0; run < 3; run++) {
    a = Math.min(a, timeParse(small));
    b = Math.min(b, timeParse(large));
  }
  return [a, b];
}

const repeat = (unit: string, bytes: number): Uint8Array => encoder.encode(unit.repeat(Math.ceil(bytes / unit.length)));

const CASES: Record<string, (bytes: number) => Uint8Array> = {
  'one long line of text': (n) => repeat('word ', n),
  'one long line of blanks then a letter': (n) => encoder.encode(' '.repeat(n) + 'x'),
  'unclosed <DOCUMENT> openers': (n) => repeat('<DOCUMENT>', n),
  'documents without </TEXT>': (n) => repeat('<DOCUMENT>\n<TYPE>X\n<TEXT>\nabc\n', n),
  'header of filers': (n) =>
    encoder.encode('<SEC-HEADER>\n' + 'FILER:\nCOMPANY DATA:\nCENTRAL INDEX KEY: 1\n'.repeat(n / 40)),
  'unclosed tags in HTML': (n) => encoder.encode('<html><body>' + '<a '.repeat(n / 3)),
  'open comments in HTML': (n) => encoder.encode('<html><body>' + '<!-- <p>'.repeat(n / 8)),
  'unclosed scripts in HTML': (n) => encoder.encode('<html><body>' + '<script>x'.repeat(n / 9)),
  ampersands: (n) => encoder.encode('<html><p>' + '&#12345678&amp'.repeat(n / 14)),
  'PEM dash runs': (n) =>
    encoder.encode('-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n\n<SEC-HEADER>\n' + '- - - - '.repeat(n / 8)),
  'nc tags without values': (n) => encoder.encode('<SUBMISSION>' + '<FILER><COMPANY-DATA><CIK>'.repeat(n / 27)),
  'angle brackets closed once at the end': (n) => encoder.encode('<'.repeat(n) + '>'),
  'blank lines': (n) => encoder.encode('text\n' + '\n \t'.repeat(n / 3) + 'end'),
};

for (const [name, make] of Object.entries(CASES)) {
  it(`${name}: linear`, () => {
    const n = 1_000_000;
    const [small, large] = timePair(make(n), make(2 * n));
    expect(large).toBeLessThan(3 * small + 100);
    expect(large).toBeLessThan(10_000);
  });
}

it('a 10 MB single line and 100k <DOCUMENT> openers parse', () => {
  const line = parseFiling(repeat('x', 10_000_000));
  expect(line.format).toBe('text');
  expect(line.documents[0]!.textChars).toBe(10_000_000);
  const openers = parseFiling(
    encoder.encode('<SEC-HEADER>\nACCESSION NUMBER: 1\n</SEC-HEADER>\n' + '<DOCUMENT>'.repeat(100_000)),
  );
  expect(openers.documents).toHaveLength(100_000);
});
