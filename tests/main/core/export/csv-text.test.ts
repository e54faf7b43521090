import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../../src/main/core/export/columns';
import { csvText } from '../../../../src/main/core/export/csv-text';
import { neutralised } from './expected-cells';

const parseCsv = (text: string) => parse(text, { bom: true }) as string[][];

describe('csvText (RFC 4180)', () => {
  it('separates with commas and ends every record, the last included, with CRLF', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });

  it('quotes fields holding a comma, a quote, CR or LF, and doubles quotes', () => {
    const text = csvText([['a,b', 'say "hi"', 'one\ntwo', 'one\rtwo', 'one\r\ntwo', 'plain']]);
    expect(text).toBe('"a,b","say ""hi""","one\ntwo","one\rtwo","one\r\ntwo",plain\r\n');
    expect(parseCsv(text)).toEqual([['a,b', 'say "hi"', 'one\ntwo', 'one\rtwo', 'one\r\ntwo', 'plain']]);
  });

  it('writes null and empty text as empty fields', () => {
    expect(csvText([[null, '', 'x']])).toBe(',,x\r\n');
  });

  it('keeps unicode intact and adds a UTF-8 byte-order mark only when asked', () => {
    const row = ['Société Générale', 'Müller & Söhne', '東京電力', '🚀'];
    expect(Buffer.from(csvText([row]), 'utf8').subarray(0, 3)).not.toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const withBom = Buffer.from(csvText([row], { bom: true }), 'utf8');
    expect(withBom.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(parseCsv(withBom.toString('utf8'))).toEqual([row]);
  });

  it('prefixes text starting with =, +, -, @, tab or CR with a quote, readable after it', () => {
    const cells = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'];
    const [parsed] = parseCsv(csvText([cells]));
    expect(parsed).toEqual(cells.map((c) => `'${c}`));
    expect(parsed.map((c) => c.slice(1))).toEqual(cells);
  });

  it('leaves numbers, dates and harmless text plain', () => {
    expect(csvText([[-1.5, 0, 12.25, '2004-03-24', '0000320193', 'A=B', ' =x']])).toBe(
      '-1.5,0,12.25,2004-03-24,0000320193,A=B, =x\r\n',
    );
    // Text that looks like a negative number is still text, and is neutralised.
    expect(csvText([['-5']])).toBe("'-5\r\n");
  });

  it('round-trips any text through an independent parser (the writer is RFC 4180)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.string()), { minLength: 1 }), (rows) => {
        const cells: Cell[][] = rows.map(([a, b]) => [a, b, 'end']);
        const expected = rows.map(([a, b]) => [neutralised(a), neutralised(b), 'end']);
        expect(parseCsv(csvText(cells))).toEqual(expected);
      }),
    );
  });
});
