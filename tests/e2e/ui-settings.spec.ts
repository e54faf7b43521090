// The Settings screen: choose the OpenSearch backend, test a connection where nothing listens
// (one clear sentence), save with a password the page never gets back, and see the status line
// name the backend that answers.
import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArchiveStatus, BackendSettingsView } from '../../src/shared/api/types';
import { callFromPage, expect, SEEDS, test } from './fixtures';
import { screenshotBoth, waitForIndexed } from './helpers/ui';
import { closedPort } from '../helpers/closed-port';

test('Settings: Test connection against an unreachable URL says why; saving switches the backend the status line names', async ({
  page,
  dirs,
  platform,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const seed of SEEDS) copyFileSync(seed, join(dirs.data, basename(seed)));
  await page.getByRole('button', { name: 'Open folder…' }).click();
  await waitForIndexed(page, 2);
  await expect(page.getByTestId('status-backend')).toHaveText(' · SQLite');

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Search backend' })).toBeVisible();
  const url = page.getByLabel('URL');
  await expect(url).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Test connection' })).toBeDisabled();

  await page.getByLabel(/An OpenSearch cluster/).check();
  const address = `http://127.0.0.1:${await closedPort()}`;
  await url.fill(address);
  await page.getByLabel('User and password').check();
  await page.getByLabel('User', { exact: true }).fill('analyst');
  await page.getByLabel('Password', { exact: true }).fill('correct-horse-battery');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('alert')).toContainText(
    `Could not connect: nothing is listening at ${address} (connection refused).`,
  );
  await screenshotBoth(page, 'settings-unreachable');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute(
    'placeholder',
    'stored encrypted; type to replace',
  );
  await expect(page.getByTestId('status-backend')).toHaveText(' · OpenSearch');
  await expect(page.getByTestId('status-backend')).toHaveAttribute(
    'title',
    `Searches are answered by ${address}/edgar-filings`,
  );

  // The page is told only that a password is stored; the store has it.
  const view = await callFromPage<BackendSettingsView>(page, 'settings:backend');
  expect(view).toMatchObject({ backend: 'opensearch', url: address, user: 'analyst', secretSet: true });
  expect(JSON.stringify(view)).not.toContain('correct-horse');
  expect((await platform.loadBackendSettings()).secret).toBe('correct-horse-battery');
  const status = await callFromPage<ArchiveStatus>(page, 'archive:status');
  expect(status.backend).toEqual({ name: 'opensearch', location: `${address}/edgar-filings` });

  // A search now goes to the unreachable cluster: the results say so instead of failing silently.
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByTestId('search-input').fill('mortgage');
  await page.getByTestId('search-input').press('Enter');
  await expect(
    page.getByRole('alert').filter({ hasText: /The OpenSearch backend could not answer: nothing is listening/ }),
  ).toBeVisible({ timeout: 30_000 });
  await screenshotBoth(page, 'settings-search-unreachable');

  // Back to the embedded backend: searches answer again.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel(/This computer/).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('status-backend')).toHaveText(' · SQLite');
});
