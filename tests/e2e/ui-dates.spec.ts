// Filings without a filed date (documents saved without their header) are dated by their
// date of report: they show in the timeline, the year facet and the results, marked "report".
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchResponse } from '../../src/shared/api/types';
import { REPO_SAMPLES } from '../../src/main/loopback/server';
import { callFromPage, expect, test } from './fixtures';
import { openFolderAndIndex, resultRows, screenshotBoth } from './helpers/ui';

const WAMU = 'WASHINGTON MUTUAL MORTGAGE SECURITIES CORP.';

test.beforeEach(async ({ page, dirs }) => {
  // The sample archive: three full submissions (filed dates) and three header-less documents
  // (the two 2004 seeds and a 10-Q), which state only their date of report or period.
  const samples = readdirSync(REPO_SAMPLES);
  for (const name of samples) copyFileSync(join(REPO_SAMPLES, name), join(dirs.data, name));
  await openFolderAndIndex(page, samples.length);
});

test('a report-dated filing is plotted, counted by year and listed with its marker', async ({ page, pageErrors }) => {
  const all = await callFromPage<SearchResponse>(page, 'search:query', { query: '', limit: 100 });
  const reportDated = all.results.filter((r) => r.dateKind === 'report');
  expect(reportDated.map((r) => r.filedDate)).toEqual(reportDated.map(() => null));
  expect(reportDated.length).toBeGreaterThanOrEqual(2);
  expect(all.results.every((r) => r.date !== null)).toBe(true);

  // The seeds (2004) have no filed date: the timeline and the year facet count them anyway.
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('[data-bucket="2004"]')).toHaveAttribute('aria-label', '2004: 2 filings');
  await expect(page.locator('[data-facet="year"][data-value="2004"]')).toContainText('2');

  // Their rows show the date with a "report" marker; a filed date has none.
  const wamu = resultRows(page).filter({ hasText: WAMU });
  await expect(wamu).toHaveCount(2);
  await expect(wamu.locator('.cell-filed .date-kind')).toHaveText(['report', 'report']);
  await expect(wamu.first().locator('.cell-filed')).toContainText(/2004-0[23]-\d\d/);
  await expect(resultRows(page).locator('.cell-filed .date-kind')).toHaveCount(reportDated.length);
  await expect(resultRows(page).locator('.cell-filed', { hasText: '2024-02-15' })).toHaveText('2024-02-15');
  await screenshotBoth(page, 'dates-report-marker');

  // Picking the year filters by the filing's date (date:), which finds them; filed: would not.
  await timeline.locator('[data-bucket="2004"]').click();
  await expect(page.getByTestId('search-input')).toHaveValue('date:2004-01-01..2004-12-31');
  await expect(page.getByTestId('result-count')).toHaveText(/^2 filings/);
  const filed2004 = await callFromPage<SearchResponse>(page, 'search:query', { query: 'filed:2004' });
  expect(filed2004.total).toBe(0);

  // The help says which date each filter uses.
  await page.getByRole('button', { name: 'Search help' }).click();
  const help = page.getByRole('dialog', { name: 'Search help' });
  await expect(help).toContainText('Filed date only');
  await expect(help).toContainText("The filing's date: filed, else date of report or period");
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // The detail view says which date it is.
  await wamu.first().dblclick();
  await expect(page.getByTestId('filing-date')).toContainText('date of report');
  await screenshotBoth(page, 'dates-detail');
  expect(pageErrors).toEqual([]);
});

test('the "Date kind" column says which date each row shows', async ({ page }) => {
  const all = await callFromPage<SearchResponse>(page, 'search:query', { query: '', limit: 100 });
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('group', { name: 'Visible columns' }).getByLabel('Date kind').check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: 'Date kind' })).toBeVisible();
  const rows = resultRows(page);
  await expect(rows).toHaveCount(all.results.length);
  // The column agrees with the core's dateKind: as many "report" rows, and the seeds among them.
  const kinds = await rows.locator('.cell-dateKind').allTextContents();
  expect(kinds.sort()).toEqual(all.results.map((r) => r.dateKind ?? '—').sort());
  expect(kinds).toContain('report');
  expect(kinds).toContain('filed');
  await expect(rows.filter({ hasText: WAMU }).locator('.cell-dateKind')).toHaveText(['report', 'report']);
  await expect(rows.filter({ hasText: WAMU }).first().locator('.cell-dateKind')).toHaveAttribute(
    'title',
    /no filed date is known/,
  );
  await screenshotBoth(page, 'dates-kind-column');
  await page.setViewportSize({ width: 900, height: 600 });
  await expect(page.getByRole('columnheader', { name: 'Date kind' })).toBeVisible();
  await screenshotBoth(page, 'dates-kind-column-900');
});
