// Headers as they reach users in other shapes: a blank ITEM INFORMATION (the body's items
// are used), values wrapped over two lines, excerpts that begin at "ACCESSION NUMBER:"
// without their <SEC-HEADER> line, and EDGAR's -index-headers.html pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseFiling } from '../../../src/shared/parser';
import { REPO_DIR } from '../../helpers/shared';

const parse = (name: string) => {
  const path = join(REPO_DIR, 'tests', 'fixtures', 'header', name);
  return parseFiling(new Uint8Array(readFileSync(path)), { path });
};

const ACME = {
  name: 'ACME WIDGETS INC',
  cik: '0000000001',
  sic: '5122',
  irsNumber: '123456789',
  fileNumber: '001-12345',
};

it('a blank ITEM INFORMATION falls back to the items of the body', () => {
  const f = parse('blank-items-wrapped-sic.txt');
  expect(f.items.map((i) => i.code)).toEqual(['2.02']);
  expect(f.sources.items).toBe('cover');
});

it('reads a header value wrapped over two lines (SIC "[5122" then "]")', () => {
  expect(parse('blank-items-wrapped-sic.txt').companies).toEqual([expect.objectContaining(ACME)]);
});

it('reads a header excerpt that begins at ACCESSION NUMBER: without <SEC-HEADER>', () => {
  const f = parse('excerpt-from-accession.txt');
  expect(f).toMatchObject({ format: 'sgml', accessionNumber: '0000000001-20-000001', formType: '8-K' });
  expect(f.filedDate).toBe('2020-03-06');
  expect(f.companies).toEqual([expect.objectContaining(ACME)]);
});

it('reads an -index-headers.html page as one copy of its header and its document list', () => {
  const f = parse('0000000001-20-000001-index-headers.html');
  expect(f).toMatchObject({ format: 'sgml', accessionNumber: '0000000001-20-000001', formType: '8-K' });
  expect(f.companies).toEqual([expect.objectContaining(ACME)]);
  expect(f.documents.map((d) => [d.type, d.filename])).toEqual([['8-K', 'form8k.htm']]);
});
