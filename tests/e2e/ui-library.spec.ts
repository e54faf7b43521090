import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchiveStatus } from '../../src/shared/api/types';
import { CORPUS_FILES } from '../helpers/shared';
import { callFromPage, expect, test } from './fixtures';
import { copyUiFilings, hasShared, NO_SHARED, UI_FILINGS } from './helpers/corpus';
import { openFolderAndIndex, resultRows, screenshotBoth, waitForIndexed } from './helpers/ui';

test.skip(!hasShared, NO_SHARED);

test('first run, then indexing shows progress with counts and throughput, and Cancel stops it', async ({
  page,
  dirs,
}) => {
  // The whole corpus, twice over: long enough to watch and cancel.
  cpSync(CORPUS_FILES, join(dirs.data, 'a'), { recursive: true });
  cpSync(CORPUS_FILES, join(dirs.data, 'b'), { recursive: true });
  await expect(page.getByRole('button', { name: 'Open the sample archive' })).toBeVisible();
  await screenshotBoth(page, 'first-run');

  await page.getByRole('button', { name: 'Open folder…' }).click();
  const progress = page.getByTestId('index-progress');
  await expect(progress).toContainText(/Reading filings/, { timeout: 30_000 });
  await expect(progress).toContainText(/[\d,]+ of [\d,]+ files/);
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Indexing \d+%, results may be incomplete/ })).toBeVisible();
  await expect(progress).toContainText(/MB\/s/);
  await screenshotBoth(page, 'indexing');

  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText('last run cancelled')).toBeVisible();
  const status = await callFromPage<ArchiveStatus>(page, 'archive:status');
  expect(status.indexing).toBeNull();
  expect(status.roots[0].files).toBeGreaterThan(0);
  // The window stayed usable: the results already indexed can be searched.
  await expect(page.getByTestId('result-count')).toHaveText(new RegExp(`^${status.filings} filings?\\b`));
});

test('the library lists the folder and every file that could not be read, with the reason', async ({ page, dirs }) => {
  copyUiFilings(dirs.data);
  // A gzip header followed by bytes that do not inflate: a download cut short.
  const gzipHeader = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]);
  writeFileSync(
    join(dirs.data, 'broken-filing.txt.gz'),
    Buffer.concat([gzipHeader, Buffer.from('\xff\xfe truncated')]),
  );
  writeFileSync(join(dirs.data, 'empty-filing.txt'), '');
  await openFolderAndIndex(page, UI_FILINGS.length);

  await page.getByRole('button', { name: /^Library/ }).click();
  await expect(page.getByText(dirs.data, { exact: true })).toBeVisible();
  const errors = page.getByTestId('file-list-error').getByRole('listitem');
  await expect(errors).toHaveCount(2);
  await expect(errors.filter({ hasText: 'broken-filing.txt.gz' })).toContainText('corrupt gzip');
  await expect(errors.filter({ hasText: 'empty-filing.txt' })).toContainText('empty file');
  await screenshotBoth(page, 'library');
});

test('browse by company, by form and by year without typing a query', async ({ page, dirs }) => {
  copyUiFilings(dirs.data);
  await openFolderAndIndex(page, UI_FILINGS.length);
  await page.getByRole('button', { name: 'Browse' }).click();

  const list = page.getByTestId('company-list');
  const expertelligence = list.getByRole('row').filter({ hasText: 'EXPERTELLIGENCE INC' });
  await expect(expertelligence).toContainText('formerly ORIGINAL COMPUTER CAMP INC');
  await expect(expertelligence.getByRole('cell').last()).toHaveText('2');
  await screenshotBoth(page, 'browse-companies');
  await page.getByRole('searchbox', { name: 'Filter companies by name' }).fill('EXPER');
  await expect(list.locator('tbody tr')).toHaveCount(1);
  await expertelligence.getByRole('button', { name: 'EXPERTELLIGENCE INC' }).click();

  await expect(page.getByTestId('search-input')).toHaveValue('cik:723533');
  await expect(resultRows(page)).toHaveCount(2);
  await expect(resultRows(page).filter({ hasText: 'EXPERTELLIGENCE INC' })).toHaveCount(2);

  await page.getByRole('button', { name: 'Browse' }).click();
  await page.getByRole('tab', { name: 'By form' }).click();
  await page.getByRole('button', { name: /^10-K\/A/ }).click();
  await expect(page.getByTestId('search-input')).toHaveValue('form:10-K/A');
  await expect(resultRows(page)).toHaveCount(1);

  await page.getByRole('button', { name: 'Browse' }).click();
  await page.getByRole('tab', { name: 'By year' }).click();
  await page.getByRole('button', { name: /^2014/ }).click();
  await expect(page.getByTestId('search-input')).toHaveValue('date:2014');
  await expect(resultRows(page)).toHaveCount(2);
});

test('"Open the sample archive" indexes the bundled samples and lists them', async ({ page, pageErrors }) => {
  await page.getByRole('button', { name: 'Open the sample archive' }).click();
  await waitForIndexed(page, 6);
  await expect(resultRows(page).filter({ hasText: 'WASHINGTON MUTUAL MORTGAGE SECURITIES CORP.' })).not.toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
