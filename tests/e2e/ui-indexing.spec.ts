// Item 8 of issue 14: while a folder is being indexed, the window says how far it is (files
// done, filings and documents searchable) and the first results can be searched after the
// first few files, not after a full batch of 200.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexProgress } from '../../src/shared/api/types';
import { DEFAULT_BATCH } from '../../src/main/core/indexer/parse-phase';
import { CORPUS_FILES } from '../helpers/shared';
import { expect, test } from './fixtures';
import { hasShared, NO_SHARED } from './helpers/corpus';
import { resultRows, screenshotBoth } from './helpers/ui';

test.skip(!hasShared, NO_SHARED);

/** The number in "12 filings" (commas allowed), or -1. */
const countIn = (text: string | null, noun: string) => {
  const m = new RegExp(`([\\d,]+) ${noun}`).exec(text ?? '');
  return m ? Number(m[1]!.replace(/,/g, '')) : -1;
};

test('during indexing: live counts, and the first results after the first few files', async ({
  page,
  dirs,
  server,
}) => {
  // Real documents of hundreds of KB on a shared machine: more time, never a timing assertion.
  test.slow();
  // What the core tells every window, in order.
  const seen: { event: string; commits?: number; filings?: number }[] = [];
  server.archive.events.subscribe((event, payload) => {
    const p = event === 'index:progress' ? (payload as IndexProgress) : null;
    seen.push({ event, commits: p?.commits, filings: p?.filings });
  });
  cpSync(CORPUS_FILES, join(dirs.data, 'corpus'), { recursive: true });
  await page.getByRole('button', { name: 'Open folder…' }).click();
  const progress = page.getByTestId('index-progress');
  await expect(progress).toContainText(/Reading filings/, { timeout: 30_000 });

  // The run commits small early batches until filings are searchable: the first commit that
  // holds filings holds at most DEFAULT_BATCH.firstFiles files, and is announced to the windows
  // (archive:changed) before the run ends.
  const firstResults = () => seen.findIndex((e) => (e.filings ?? 0) > 0);
  await expect.poll(firstResults, { timeout: 60_000 }).toBeGreaterThanOrEqual(0);
  const first = seen[firstResults()]!;
  expect(first.filings).toBeLessThanOrEqual(DEFAULT_BATCH.firstFiles);
  const announced = () => seen.findIndex((e, i) => i > firstResults() && e.event === 'archive:changed');
  await expect.poll(announced).toBeGreaterThan(0);
  expect(seen.slice(0, announced()).some((e) => e.event === 'index:done')).toBe(false);

  // The table shows them while the run goes on, without any action from the user.
  await expect(resultRows(page).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('result-count')).toHaveText(/^[1-9][\d,]* filings?/);
  await expect(progress).toBeVisible();

  // The progress bar counts what is searchable so far.
  const live = progress.getByTestId('index-live-counts');
  await expect(live).toHaveText(/[1-9][\d,]* filings?, [1-9][\d,]* documents? searchable/);
  await screenshotBoth(page, 'indexing-first-results');

  // The library says the same, and its counts move while the run goes on.
  await page.getByRole('button', { name: /^Library/ }).click();
  const counts = page.getByTestId('library-live-counts');
  await expect(counts).toHaveText(
    /Indexing now: [\d,]+ of [\d,]+ files done · [\d,]+ filings? and [\d,]+ documents? searchable/,
  );
  const filesAt = countIn(await counts.textContent(), 'of');
  await expect
    .poll(async () => countIn(await counts.textContent(), 'of'), { timeout: 60_000 })
    .toBeGreaterThan(filesAt);
  await screenshotBoth(page, 'library-indexing');
  await page.setViewportSize({ width: 900, height: 600 });
  await screenshotBoth(page, 'library-indexing-900');

  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0, { timeout: 30_000 });
  await expect(counts).toHaveCount(0);
});
