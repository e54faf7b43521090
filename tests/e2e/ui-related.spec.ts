// Issue 14, item 6: related filings say what they are. Real Berkshire Hathaway 13F-HR reports
// and amendments, and Apple 10-Qs beside a 10-Q/A of a quarter not in the folder.
import type { RelatedFilings, SearchResponse } from '../../src/shared/api/types';
import { callFromPage, expect, test } from './fixtures';
import { copyUiFilings, hasShared, NO_SHARED } from './helpers/corpus';
import { screenshotSizes } from './helpers/screens';
import { openFolderAndIndex, resultRows, search } from './helpers/ui';

test.skip(!hasShared, NO_SHARED);

const FILES = [
  'worwin__edgar-parser/0000950150-01-500322.txt', // 13F-HR 2001-03-31
  'worwin__edgar-parser/0000950150-02-000139.txt', // its 13F-HR/A
  'worwin__edgar-parser/0000950129-05-008251.txt', // 13F-HR 2005-06-30
  'worwin__edgar-parser/0000950129-06-000307.txt', // its 13F-HR/A
  'worwin__edgar-parser/0000950129-05-005719.txt', // 13F-HR/A 2004-12-31, no original here
  'worwin__edgar-parser/0000950134-08-002742.txt', // 13F-HR 2007-12-31
  'sec-edgar__sec-edgar/0000320193-97-000021.txt', // Apple 10-Q/A
  'sec-edgar__sec-edgar/0000320193-97-000014.txt', // Apple 10-Qs of other quarters
  'sec-edgar__sec-edgar/0000320193-98-000003.txt',
];

test('amendments are the true ones; previous and next of the same company and form', async ({
  page,
  dirs,
  pageErrors,
}) => {
  copyUiFilings(dirs.data, FILES);
  await openFolderAndIndex(page, FILES.length);
  await search(page, 'accession:0000950129-05-008251');
  await resultRows(page).first().click();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(/^13F-HR · BERKSHIRE HATHAWAY/);
  const related = detail.getByTestId('related-filings');
  const amendments = related.getByTestId('related-amendments');
  await expect(amendments.getByRole('heading')).toHaveText('Amendments of this filing');
  await expect(amendments.getByRole('listitem')).toHaveCount(1);
  await expect(amendments).toContainText('13F-HR/A · 2006-01-17');
  await expect(related.getByTestId('related-previous')).toContainText('13F-HR · 2001-05-15');
  await expect(related.getByTestId('related-next')).toContainText('13F-HR · 2008-02-14');
  // The core agrees.
  const id = (await callFromPage<SearchResponse>(page, 'search:query', { query: 'accession:0000950129-05-008251' }))
    .results[0].id;
  const core = await callFromPage<RelatedFilings>(page, 'filing:related', { id });
  expect(core.amendments.map((r) => r.accessionNumber)).toEqual(['0000950129-06-000307']);
  await screenshotSizes(page, 'detail-related', related);

  // The amendment names its original.
  await amendments.getByRole('button').click();
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(/^13F-HR\/A · BERKSHIRE HATHAWAY/);
  const family = detail.getByTestId('related-amendments');
  await expect(family.getByRole('heading')).toHaveText('Original and other amendments');
  await expect(family).toContainText('13F-HR · 2005-08-15');
  await expect(family.getByRole('listitem')).toHaveCount(1);

  // Apple's 10-Q/A amends a quarter not in the folder: none of the 10-Qs of other quarters is
  // listed as its original (before: every 10-Q of the company was).
  await page.keyboard.press('Escape');
  await search(page, 'accession:0000320193-97-000021');
  await resultRows(page).first().click();
  await page.keyboard.press('Enter');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(/^10-Q\/A · APPLE/);
  await expect(detail.getByTestId('related-filings')).toContainText('Same company');
  await expect(detail.getByTestId('related-amendments')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
