// Page helpers shared by the UI specs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { ArchiveStatus } from '../../../src/shared/api/types';
import { callFromPage } from '../fixtures';

export const SCREENSHOTS = join('test-results', 'screenshots');

/**
 * Waits until the core says no indexing run is under way and it holds `filings`: a wait for
 * the fact itself, so a loaded machine only makes it longer (the progress bar alone is no
 * proof: it may not have appeared yet).
 */
export async function waitForIndexed(page: Page, filings: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const s = await callFromPage<ArchiveStatus>(page, 'archive:status');
        return s.indexing === null ? s.filings : -1;
      },
      { timeout: 120_000 },
    )
    .toBe(filings);
}

/** Clicks "Open folder…" on the first-run screen and waits until indexing has finished and the table shows it. */
export async function openFolderAndIndex(page: Page, filings: number): Promise<void> {
  await page.getByRole('button', { name: 'Open folder…' }).click();
  await waitForIndexed(page, filings);
  await expect(page.getByTestId('index-progress')).toHaveCount(0);
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
