// parseFiling never throws and always returns a Filing: random bytes, EDGAR-shaped token
// soup, and real filings mutated (truncated, spliced, tags removed, NULs inserted).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Filing } from '../../../src/shared/filing';
import { parseFiling } from '../../../src/shared/parser';
import { CORPUS_FILES, describeWithShared } from '../../helpers/shared';

const FORMATS = ['sgml', 'nc', 'text', 'html', 'xml', 'unknown'];

function expectFiling(f: Filing): void {
  expect(FORMATS).toContain(f.format);
  for (const list of [f.companies, f.items, f.documents, f.exhibits, f.signatures, f.warnings])
    expect(Array.isArray(list)).toBe(true);
  for (const d of f.documents) expect(d.textChars).toBe(d.text.length);
  expect(f.warnings.filter((w) => w.startsWith('parser error'))).toEqual([]);
}

const TOKENS = [
  '<SEC-DOCUMENT>',
  '<SEC-HEADER>',
  '</SEC-HEADER>',
  '<IMS-HEADER>',
  '<SUBMISSION>',
  '<DOCUMENT>',
  '</DOCUMENT>',
  '<TEXT>',
  '</TEXT>',
  '<TYPE>8-K\n',
  '<SEQUENCE>x\n',
  '<FILENAME>a.htm\n',
  '<XBRL>',
  '<PDF>',
  '<XML>',
  '-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n',
  '- -',
  'ACCESSION NUMBER: 0000000000-00-000000\n',
  'FILER:\n',
  'COMPANY DATA:\n',
  'FORMER COMPANY:\n',
  'CENTRAL INDEX KEY: 12\n',
  'ITEM INFORMATION: Other Events\n',
  '<CIK>9',
  '<FILER>',
  '</FILER>',
  '<html>',
  '<td>',
  '<script>',
  '<!--',
  '&#',
  '&#x1F600;',
  '&amp',
  '<PAGE>',
  '<S>',
  'begin 644 a.jpg\n',
  '\0',
  '\r',
  '\n',
  ' ',
  '\t',
  'é',
  '\uffff',
  '>',
  '<',
  ':',
];

it('never throws on random bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
      expectFiling(parseFiling(bytes));
    }),
    { numRuns: 300 },
  );
});

it('never throws on EDGAR-shaped token soup', () => {
  const encoder = new TextEncoder();
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }), fc.boolean(), (tokens, keepHtml) => {
      expectFiling(parseFiling(encoder.encode(tokens.join('')), { keepHtml }));
    }),
    { numRuns: 500 },
  );
});

describeWithShared('mutated real filings', () => {
  const samples = [
    'mwaldstein__edgarWebR/0000037996-94-000005.txt',
    'dgunning__edgartools/0001493152-25-001317.nc',
    'dgunning__edgartools/0000943374-24-000509.txt',
    'cjavdev__sec_edgar/filing17.txt',
    'ryankfrench__sec_cover_page_parser/0000092122-07-000008.txt',
  ].map((p) => readFileSync(join(CORPUS_FILES, p)));
  const sample = fc.integer({ min: 0, max: samples.length - 1 }).map((i) => samples[i]!);

  it('truncated anywhere', () => {
    fc.assert(
      fc.property(sample, fc.double({ min: 0, max: 1, noNaN: true }), (bytes, at) => {
        expectFiling(parseFiling(bytes.subarray(0, Math.floor(bytes.length * at))));
      }),
      { numRuns: 60 },
    );
  });

  it('spliced from two filings', () => {
    fc.assert(
      fc.property(
        sample,
        sample,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, i, j) => {
          const head = a.subarray(0, Math.floor(a.length * i));
          const tail = b.subarray(Math.floor(b.length * j));
          const spliced = new Uint8Array(head.length + tail.length);
          spliced.set(head);
          spliced.set(tail, head.length);
          expectFiling(parseFiling(spliced));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('with structural tags removed', () => {
    const tags = [
      '<DOCUMENT>',
      '</DOCUMENT>',
      '<TEXT>',
      '</TEXT>',
      '<SEC-HEADER>',
      '</SEC-HEADER>',
      '<TYPE>',
      '<FILER>',
      '</FILER>',
      '\n',
    ];
    const latin1 = new TextDecoder('latin1');
    fc.assert(
      fc.property(sample, fc.subarray(tags, { minLength: 1 }), (bytes, removed) => {
        let text = latin1.decode(bytes);
        for (const t of removed) text = text.split(t).join('');
        expectFiling(parseFiling(Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff)));
      }),
      { numRuns: 40 },
    );
  });

  it('with NULs and invalid bytes inserted', () => {
    fc.assert(
      fc.property(
        sample,
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0x00, 0xff, 0xc3, 0x80)), {
          maxLength: 50,
        }),
        (bytes, inserts) => {
          const copy = Uint8Array.from(bytes);
          for (const [at, b] of inserts) copy[Math.floor(at * (copy.length - 1))] = b;
          expectFiling(parseFiling(copy));
        },
      ),
      { numRuns: 40 },
    );
  });
});
