// Item 9 of issue 14: the export dialog writes the reproducibility record on request and, when
// done, shows the file in its folder: only a file this session's exports wrote, by its real path;
// where no folder can be opened (the browser build) it shows the path instead.
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_SAMPLES } from '../../src/main/loopback/server';
import { callFromPage, expect, test } from './fixtures';
import { openFolderAndIndex, screenshotBoth } from './helpers/ui';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Record {
  format: string;
  query: string;
  columns: string[];
  rows: number;
  csv: { name: string; bytes: number; sha256: string };
  files: { accessionNumber: string | null; path: string; sha256: string }[];
}

test('export with the reproducibility record, then "Show in folder"', async ({ page, dirs, platform, pageErrors }) => {
  const samples = readdirSync(REPO_SAMPLES);
  for (const name of samples) copyFileSync(join(REPO_SAMPLES, name), join(dirs.data, name));
  await openFolderAndIndex(page, samples.length);

  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to CSV' });
  const record = dialog.getByRole('checkbox', { name: /reproducibility record/ });
  await expect(record).not.toBeChecked();
  await record.check();
  await screenshotBoth(page, 'export-dialog-record');
  await dialog.getByRole('button', { name: `Export ${samples.length} rows…` }).click();

  const csvPath = join(dirs.save, 'edgar-export.csv');
  const outcome = dialog.getByTestId('export-outcome');
  await expect(outcome).toContainText(`Wrote ${samples.length} rows to ${csvPath} and its record to ${csvPath}.json`);

  // The record names the request, the CSV by its bytes, and every source file by its bytes.
  const csv = readFileSync(csvPath);
  const rec = JSON.parse(readFileSync(`${csvPath}.json`, 'utf8')) as Record;
  expect(rec).toMatchObject({
    format: 'edgar-archive-export/1',
    query: '',
    rows: samples.length,
    csv: { name: 'edgar-export.csv', bytes: csv.length, sha256: sha256(csv) },
  });
  expect(rec.files.map((f) => f.path).sort()).toEqual(samples.map((n) => join(dirs.data, n)).sort());
  for (const f of rec.files) expect(f.sha256, f.path).toBe(sha256(readFileSync(f.path)));

  // "Show in folder" reveals the CSV, by its real path, through the desktop's shell.
  await dialog.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => platform.calls.revealed).toEqual([realpathSync(csvPath)]);
  await expect(dialog.getByTestId('export-path')).toHaveCount(0);
  await screenshotBoth(page, 'export-done');

  // The page may only name a file an export wrote: anything else is refused, nothing revealed.
  for (const path of [join(dirs.data, samples[0]!), '/etc/passwd', `${csvPath}/../edgar-export.csv`, dirs.save])
    await expect(callFromPage(page, 'export:reveal', { path }), path).rejects.toThrow(/not-found/);
  expect(platform.calls.revealed).toHaveLength(1);

  // Where no file manager can be opened (the browser build), the dialog shows the path instead.
  platform.showsFiles = false;
  await dialog.getByRole('button', { name: 'Show in folder' }).click();
  await expect(dialog.getByTestId('export-path')).toHaveText(
    `This window cannot open folders; the file is at ${realpathSync(csvPath)}`,
  );
  expect(platform.calls.revealed).toHaveLength(1);
  // In a 900x600 window the dialog's body scrolls; its buttons stay in view.
  await page.setViewportSize({ width: 900, height: 600 });
  await expect(dialog.locator('.modal-foot').getByRole('button', { name: 'Close' })).toBeInViewport();
  await expect(record).toBeInViewport({ ratio: 1 });
  await screenshotBoth(page, 'export-done-900');
  expect(pageErrors).toEqual([]);
});
