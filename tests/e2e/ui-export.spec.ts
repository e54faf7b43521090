import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test } from './fixtures';
import { copyUiFilings, hasShared, NO_SHARED, UI_FILINGS } from './helpers/corpus';
import { openFolderAndIndex, resultRows, screenshotBoth, search } from './helpers/ui';

test.skip(!hasShared, NO_SHARED);

test('export of the selected rows writes a CSV with the chosen columns', async ({ page, dirs }) => {
  copyUiFilings(dirs.data);
  await openFolderAndIndex(page, UI_FILINGS.length);
  await search(page, 'form:8-K');
  const rows = resultRows(page);
  await rows.nth(0).click();
  await rows.nth(2).click({ modifiers: ['ControlOrMeta'] });
  const chosenIds = [await rows.nth(0).getAttribute('data-id'), await rows.nth(2).getAttribute('data-id')];
  const companies = [
    await rows.nth(0).locator('.cell-company .company-name').textContent(),
    await rows.nth(2).locator('.cell-company .company-name').textContent(),
  ];
  expect(chosenIds.every(Boolean)).toBe(true);

  await page.getByRole('button', { name: 'Export 2 selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to CSV' });
  await expect(dialog.getByRole('radio', { name: 'Export selection (2 rows)' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /Export all 7 results/ })).toBeVisible();
  // Columns: the defaults minus period and path, plus state.
  await dialog.getByRole('checkbox', { name: 'Period of report' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Path(s)' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'State' }).check();
  await dialog.getByRole('checkbox', { name: 'Add a byte-order mark (for Excel)' }).check();
  await screenshotBoth(page, 'export-dialog');
  await dialog.getByRole('button', { name: 'Export 2 rows…' }).click();

  const outcome = dialog.getByTestId('export-outcome');
  await expect(outcome).toContainText('Wrote 2 rows to');
  const path = join(dirs.save, 'edgar-export.csv');
  await expect(outcome).toContainText(path);

  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = parse(bytes.subarray(3).toString('utf8'), { columns: false }) as string[][];
  expect(records[0]).toEqual(['accessionNumber', 'formType', 'filedDate', 'companyName', 'cik', 'state', 'items']);
  expect(records).toHaveLength(3);
  expect(records.slice(1).map((r) => r[1])).toEqual(['8-K', '8-K']);
  expect(
    records
      .slice(1)
      // The CSV names every company; the table's first line the one the filing is listed under.
      .map((r) => r[3].split('; ')[0])
      .sort(),
  ).toEqual(companies.map((c) => c!).sort());
});
