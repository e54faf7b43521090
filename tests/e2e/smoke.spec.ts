import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArchiveStatus, SearchResponse } from '../../src/shared/api/types';
import { callFromPage, expect, SEEDS, test } from './fixtures';
import { waitForIndexed } from './helpers/ui';

const COMPANY = 'WASHINGTON MUTUAL MORTGAGE SECURITIES CORP.';

test('indexes a folder holding the two seeds and lists both filings', async ({ page, dirs, pageErrors }) => {
  for (const seed of SEEDS) copyFileSync(seed, join(dirs.data, basename(seed)));

  // The first run offers the folder picker; the loopback platform answers with dirs.data.
  await page.getByRole('button', { name: 'Open folder…' }).click();
  await waitForIndexed(page, 2);

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

test('pushes indexing events to the page over the transport', async ({ page }) => {
  // Listen the way the renderer's client does (EventSource on /events), then open the samples.
  const done = page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const g = globalThis as unknown as {
          document: { querySelector(s: string): { content: string } | null };
          EventSource: new (url: string) => {
            addEventListener(name: string, fn: (e: { data: string }) => void): void;
            close(): void;
          };
        };
        const token = g.document.querySelector('meta[name="edgar-loopback-token"]')?.content ?? '';
        const source = new g.EventSource(`/events?token=${encodeURIComponent(token)}`);
        source.addEventListener('index:done', (e) => {
          source.close();
          resolve(JSON.parse(e.data));
        });
      }),
  );
  await page.getByRole('button', { name: 'Open the sample archive' }).click();
  expect(await done).toMatchObject({ filings: 6, errors: [] });
  await expect(
    page.getByTestId('results').getByRole('row').filter({ hasText: 'NORTHWIND ORCHARD FOODS INC' }),
  ).toHaveCount(1);
});
