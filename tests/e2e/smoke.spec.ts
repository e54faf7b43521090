import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArchiveStatus, SearchResponse } from '../../src/shared/api/types';
import { callFromPage, expect, SEEDS, test } from './fixtures';

const COMPANY = 'WASHINGTON MUTUAL MORTGAGE SECURITIES CORP.';

test('indexes a folder holding the two seeds and lists both filings', async ({ page, dirs, pageErrors }) => {
  for (const seed of SEEDS) copyFileSync(seed, join(dirs.data, basename(seed)));

  // The first run offers the folder picker; the loopback platform answers with dirs.data.
  await page.getByRole('button', { name: 'Open folder…' }).click();

  const rows = page.getByTestId('results').getByRole('row').filter({ hasText: COMPANY });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '2004-03-24' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '2004-02-25' })).toHaveCount(1);

  // The same facts through the transport itself, from the page.
  const status = await callFromPage<ArchiveStatus>(page, 'archive:status');
  expect(status).toMatchObject({ filings: 2, errorCount: 0, roots: [expect.objectContaining({ path: dirs.data })] });
  const found = await callFromPage<SearchResponse>(page, 'search:query', { query: 'Pooling' });
  expect(found.total).toBeGreaterThanOrEqual(1);
  expect(found.results.every((r) => r.companies.some((c) => c.name === COMPANY))).toBe(true);

  expect(pageErrors).toEqual([]);
});
