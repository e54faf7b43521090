// Issue 14, item 7: files that are not filings are listed as skipped, apart from real errors;
// the badge counts real errors only; both lists group by reason. No corpus needed: the
// not-filing fixtures, two sample filings and two broken gzip files.
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchiveStatus } from '../../src/shared/api/types';
import { REPO_SAMPLES } from '../../src/main/loopback/server';
import { callFromPage, expect, REPO_DIR, test } from './fixtures';
import { screenshotSizes } from './helpers/screens';
import { openFolderAndIndex } from './helpers/ui';

const FIXTURES = join(REPO_DIR, 'tests', 'fixtures', 'not-filings');

test('not-filings are skipped apart from errors; the badge counts errors only', async ({ page, dirs, pageErrors }) => {
  const names = readdirSync(FIXTURES);
  for (const n of names) copyFileSync(join(FIXTURES, n), join(dirs.data, n));
  const samples = readdirSync(REPO_SAMPLES)
    .filter((n) => n.endsWith('.txt'))
    .slice(0, 2);
  for (const n of samples) copyFileSync(join(REPO_SAMPLES, n), join(dirs.data, n));
  writeFileSync(join(dirs.data, 'broken-1.txt.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8]));
  writeFileSync(join(dirs.data, 'broken-2.txt.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 9, 9, 9, 9, 9, 9, 9, 9]));
  await openFolderAndIndex(page, samples.length);

  const status = await callFromPage<ArchiveStatus>(page, 'archive:status');
  expect(status.errorCount).toBe(2);
  expect(status.notFilingCount).toBe(names.length);
  const badge = page.getByRole('button', { name: /^Library/ }).locator('.badge');
  await expect(badge).toHaveText('2');
  await expect(badge).toHaveAttribute('aria-label', '2 files with errors');

  await page.getByRole('button', { name: /^Library/ }).click();
  const errors = page.getByTestId('file-list-error');
  await expect(errors).toContainText('2 files could not be read or parsed.');
  await expect(errors.locator('.error-group')).toHaveCount(1);
  await expect(errors.locator('.error-list li')).toHaveCount(2);
  const skipped = page.getByTestId('file-list-not-a-filing');
  await expect(skipped).toContainText(`${names.length} files are not a filing`);
  // One group per class, each with its count and its files.
  await expect(skipped.locator('.error-group')).toHaveCount(names.length);
  for (const [name, group] of [
    ['README.md', 'a README or other Markdown/reStructuredText document'],
    ['crawler.idx', 'an EDGAR index file'],
    ['0000320193-20-000096-index.html', 'an EDGAR filing index page'],
    ['LICENSE', 'a software licence'],
  ]) {
    const g = skipped.locator(`.error-group[data-group="${group}"]`);
    await expect(g.getByRole('heading')).toHaveText(`Skipped: ${group} 1`);
    await expect(g.locator('.error-path')).toHaveText(join(dirs.data, name));
  }
  // Not-filings never appear among the errors.
  await expect(errors).not.toContainText('README');
  await screenshotSizes(page, 'library-skipped', page.getByRole('heading', { name: 'Files that could not be read' }));
  expect(pageErrors).toEqual([]);
});
