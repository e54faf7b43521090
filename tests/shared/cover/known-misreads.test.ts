// Known misreads, fixed as classes: each test reproduces a class of document with a small
// fixture written for it (or a real corpus document).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readCover } from '../../../src/shared/parser/cover';
import { REPO_DIR } from '../../helpers/shared';

const cover = (text: string, declaredType: string | null = null) =>
  readCover({ text, html: null, declaredType, filedDate: '2020-03-06' });

const EIGHT_K = (dateLine: string, body = ''): string =>
  `UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nFORM 8-K\n\nCURRENT REPORT\n\n${dateLine}\n\nACME WIDGETS, INC.\n(Exact name of registrant as specified in its charter)\n\n${body}`;

it('"Date of Report (Date of earliest event reported): X (Y)" gives the earliest event Y', () => {
  const text = EIGHT_K('Date of Report (Date of earliest event reported): March 5, 2020 (March 2, 2020)');
  expect(cover(text).periodOfReport).toBe('2020-03-02');
  // One date: that date.
  expect(cover(EIGHT_K('Date of Report (Date of earliest event reported): March 5, 2020')).periodOfReport).toBe(
    '2020-03-05',
  );
});

it('reads item headings with a paragraph letter and headings naming several items', () => {
  const date = 'Date of Report (Date of earliest event reported): March 2, 2020';
  const codes = (body: string) => cover(EIGHT_K(date, body)).items.map((i) => i.code);
  expect(codes('Item 5.02(e) Compensatory Arrangements of Certain Officers.\nText.\n')).toEqual(['5.02']);
  expect(codes('Items 1.01 and 5.02. Entry into an Agreement; Departure of Officers.\nText.\n')).toEqual([
    '1.01',
    '5.02',
  ]);
  expect(codes('Item 5.02 and 9.01 Departure of Directors; Exhibits.\nText.\n')).toEqual(['5.02', '9.01']);
  // A cross-reference in prose is no heading.
  expect(codes('Item 8.01 Other Events.\nAs described under Item 2.01 and 9.01 above.\n')).toEqual(['8.01']);
});

it('a table of contents under an "Exhibits" heading is not an exhibit index', () => {
  const toc = readFileSync(join(REPO_DIR, 'tests', 'fixtures', 'cover', 'toc-not-exhibits.txt'), 'utf8');
  expect(cover(toc).exhibits).toEqual([]);
  // The same entries as a real index (no page numbers) are exhibits.
  const index = toc.replace(/\s*\.{3,}\s*\d+$/gm, '');
  expect(cover(index).exhibits.map((e) => e.number)).toEqual(['1.01', '1.02', '2.01', '2.02', '2.03']);
});
