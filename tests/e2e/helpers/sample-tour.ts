// The user's first path through the app, shared by the Electron spec (the real app, where an
// Electron binary exists) and the loopback spec (the same UI in Chromium, everywhere), so the
// steps the Electron spec takes are proven here even where it must skip.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { resultRows, search } from './ui';

/** Opens the sample archive, searches, opens a filing, steps through its hits, exports a row. */
export async function sampleArchiveTour(page: Page, exportPath: string): Promise<void> {
  await page.getByRole('button', { name: 'Open the sample archive' }).click();
  await expect(page.getByTestId('index-progress')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('result-count')).toHaveText(/^\d+ filings?\b/, { timeout: 30_000 });

  await search(page, 'revenue company:harborlight');
  const row = resultRows(page).filter({ hasText: 'HARBORLIGHT INSTRUMENTS INC' });
  await expect(row).toHaveCount(1);
  await row.click();
  await page.keyboard.press('Enter');

  const detail = page.getByTestId('detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('8-K · HARBORLIGHT INSTRUMENTS INC');
  const counter = detail.getByTestId('hit-counter');
  await expect(counter).toHaveText(/^1 of \d+$/);
  const total = Number((await counter.textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThan(1);
  await detail.getByRole('button', { name: 'Next hit' }).click();
  await expect(counter).toHaveText(`2 of ${total}`);
  await detail.getByRole('button', { name: 'Previous hit' }).click();
  await expect(counter).toHaveText(`1 of ${total}`);

  await page.keyboard.press('Escape');
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Export 1 selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to CSV' });
  await dialog.getByRole('button', { name: 'Export 1 row…' }).click();
  await expect(dialog.getByTestId('export-outcome')).toContainText(`Wrote 1 row to ${exportPath}`);
  const csv = readFileSync(exportPath, 'utf8');
  expect(csv).toContain('0009990001-24-000031');
}
