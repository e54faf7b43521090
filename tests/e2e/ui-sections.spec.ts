// Sections in the app: the section facet, the viewer's outline (jump, the section being read)
// and the section of each hit, and the results' Section column, on a real 1999 10-K (Bell &
// Howell: Items 1-14 in plain text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test } from './fixtures';
import { copyUiFilings, hasShared, NO_SHARED, UI_FILINGS } from './helpers/corpus';
import { openFolderAndIndex, resultRows, screenshotBoth, search } from './helpers/ui';

test.skip(!hasShared, NO_SHARED);

test('section facet, outline, current section, the section of each hit and the Section column', async ({
  page,
  dirs,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  copyUiFilings(dirs.data);
  await openFolderAndIndex(page, UI_FILINGS.length);
  await search(page, 'liquidity company:"bell & howell"');

  // The facet counts the filing under each Item holding a hit; a click restricts to it.
  const item7 = page.locator('[data-facet="section"][data-value="7"]');
  await expect(item7).toContainText('1');
  await item7.click();
  await expect(page.getByTestId('search-input')).toHaveValue(/section:7/);
  await expect(page.getByTestId('result-count')).toHaveText(/^1 filing\b/);

  // The Section column names the section of the result's first hit.
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('group', { name: 'Visible columns' }).getByLabel('Section').check();
  await page.keyboard.press('Escape');
  const row = resultRows(page).first();
  await expect(row.locator('.cell-section')).toContainText('Item 7');
  await screenshotBoth(page, 'sections-facet-column');

  // The viewer: every hit lies in Item 7 (section:7), and the label says so.
  await search(page, 'liquidity company:"bell & howell"');
  await resultRows(page).first().click();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('detail');
  const counter = detail.getByTestId('hit-counter');
  await expect(counter).toHaveText(/^1 of \d+$/);
  const outline = detail.getByTestId('section-outline');
  await expect(outline.locator('.section-link')).toHaveCount(15);
  const hitSection = detail.getByTestId('hit-section');
  await expect(hitSection).toHaveText(/^in Item \d+[A-Z]?$/);
  // Stepping through the hits, each names its section; the outline marks the one read.
  const seen = new Set<string>();
  const total = Number((await counter.textContent())!.split(' of ')[1]);
  for (let i = 0; i < total; i++) {
    seen.add((await hitSection.textContent())!);
    await detail.getByRole('button', { name: 'Next hit' }).click();
  }
  expect(seen.size).toBeGreaterThan(1);

  // Jump to Item 8: the view scrolls there and the outline marks it as the section being read.
  await outline.locator('[data-code="8"]').click();
  await expect(outline.locator('.section-link-current')).toHaveAttribute('data-code', '8');
  const body = detail.getByTestId('viewer-body');
  const top = await body.evaluate((el) => el.scrollTop);
  // Scrolling back up past Item 7's heading makes Item 7 the current one.
  await outline.locator('[data-code="7"]').click();
  await expect(outline.locator('.section-link-current')).toHaveAttribute('data-code', '7');
  expect(await body.evaluate((el) => el.scrollTop)).toBeLessThan(top);
  await body.evaluate((el) => el.scrollBy(0, 200));
  await expect(outline.locator('.section-link-current')).toHaveAttribute('data-code', '7');
  await body.evaluate((el) => (el.scrollTop = 0));
  await expect(outline.locator('.section-link-current')).toHaveCount(0); // the cover page
  await outline.locator('[data-code="7"]').click();
  await screenshotBoth(page, 'sections-viewer');
  expect(pageErrors).toEqual([]);
});

test('Export hits writes one row per hit the viewer shows, with the words around it', async ({
  page,
  dirs,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  copyUiFilings(dirs.data);
  await openFolderAndIndex(page, UI_FILINGS.length);
  const query = 'liquidity OR "interest rate"';
  await search(page, query);
  const rows = resultRows(page);
  const n = await rows.count();
  expect(n).toBeGreaterThan(1);

  // The viewer's hit count of each result, by accession number.
  const viewerHits = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    await rows.nth(i).click();
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('detail');
    const facts = detail.getByRole('region', { name: 'Filing facts' });
    const accession = /\d{10}-\d{2}-\d{6}/.exec((await facts.textContent())!)![0];
    const counter = detail.getByTestId('hit-counter');
    await expect(counter).toHaveText(/^1 of \d+$/);
    viewerHits.set(accession, Number((await counter.textContent())!.split(' of ')[1]));
    await page.keyboard.press('Escape');
    await expect(rows.first()).toBeVisible();
  }

  await page.getByRole('button', { name: 'Export hits…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export hits' });
  await dialog.getByRole('spinbutton', { name: 'Words on each side' }).fill('5');
  await screenshotBoth(page, 'sections-export-hits');
  await dialog.getByRole('button', { name: 'Export hits…' }).click();
  const total = [...viewerHits.values()].reduce((a, b) => a + b, 0);
  const outcome = dialog.getByTestId('export-outcome');
  await expect(outcome).toContainText(`Wrote ${total} hits from ${n} filings to`);

  const path = join(dirs.save, 'edgar-hits.csv');
  const records = parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];
  expect(records).toHaveLength(total);
  const perFiling = new Map<string, number>();
  for (const r of records) perFiling.set(r.accessionNumber!, (perFiling.get(r.accessionNumber!) ?? 0) + 1);
  expect(perFiling).toEqual(viewerHits);
  for (const r of records) {
    expect(r.match).toMatch(/^(liquid\w*|interest\W+rat\w*)$/i);
    expect(r.left.split(' ').length).toBeLessThanOrEqual(5);
    expect(r.right.split(' ').length).toBeLessThanOrEqual(5);
  }
  expect(records.some((r) => r.section === '7')).toBe(true);
  expect(pageErrors).toEqual([]);
});

test('results show before the section facet, which says it is counting and fills in when counted', async ({
  page,
  dirs,
  pageErrors,
}) => {
  copyUiFilings(dirs.data);
  await openFolderAndIndex(page, UI_FILINGS.length);
  // Hold the facet's own request (no rows, sorted by date) until the results are on screen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/search%3Aquery', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as { limit?: number; deferSectionFacet?: boolean };
    if (body.limit === 0 && !body.deferSectionFacet) await held;
    await route.continue();
  });
  await search(page, 'liquidity company:"bell & howell"');
  await expect(resultRows(page).first()).toBeVisible();
  const group = page.locator('[data-facet-group="section"]');
  await expect(group).toContainText('Counting sections…');
  release();
  await expect(page.locator('[data-facet="section"][data-value="7"]')).toContainText('1');
  await expect(group).not.toContainText('Counting sections…');
  expect(pageErrors).toEqual([]);
});
