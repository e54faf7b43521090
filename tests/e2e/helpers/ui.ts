// Page helpers shared by the UI specs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const SCREENSHOTS = join('test-results', 'screenshots');

/** Clicks "Open folder…" on the first-run screen and waits until indexing has finished. */
export async function openFolderAndIndex(page: Page, filings: number): Promise<void> {
  await page.getByRole('button', { name: 'Open folder…' }).click();
  await expect(page.getByTestId('index-progress')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('result-count')).toHaveText(new RegExp(`^${filings} filings?\\b`), { timeout: 30_000 });
}

/** The result rows (the header row excluded). */
export function resultRows(page: Page) {
  return page.getByTestId('results').locator('.results-body [role="row"]');
}

/** Types a query in the search box and waits for the debounced search to answer. */
export async function search(page: Page, query: string): Promise<void> {
  const box = page.getByTestId('search-input');
  await box.fill(query);
  await box.press('Enter');
  await expect(page.getByTestId('result-count')).not.toHaveText('Searching…');
}

/** Saves a screenshot in light and in dark under test-results/screenshots/. */
export async function screenshotBoth(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
