import { shownCompany } from '../../src/shared/edgar/shown-company';
import type { SearchResponse } from '../../src/shared/api/types';
import { callFromPage, expect, test } from './fixtures';
import { copyUiFilings, hasShared, NO_SHARED, UI_FILINGS } from './helpers/corpus';
import { openFolderAndIndex, resultRows, screenshotBoth, search } from './helpers/ui';

test.skip(!hasShared, NO_SHARED);

test.beforeEach(async ({ page, dirs }) => {
  copyUiFilings(dirs.data);
  await openFolderAndIndex(page, UI_FILINGS.length);
});

test('a phrase and a filter: the table shows exactly what the core finds', async ({ page, pageErrors }) => {
  await screenshotBoth(page, 'search-all');
  const query = '"Securities Exchange Act" form:8-K';
  const expected = await callFromPage<SearchResponse>(page, 'search:query', { query, limit: 100 });
  expect(expected.total).toBeGreaterThan(1);

  await search(page, query);
  await expect(page.getByTestId('result-count')).toHaveText(new RegExp(`^${expected.total} filings`));
  const rows = resultRows(page);
  await expect(rows).toHaveCount(expected.total);
  for (const r of expected.results) await expect(rows.filter({ hasText: r.companies[0].name! })).not.toHaveCount(0);
  for (const form of await rows.locator('.cell-form').allTextContents()) expect(form).toBe('8-K');
  // The phrase is marked inside the snippets, as text (never as HTML).
  await expect(rows.locator('.cell-snippet mark').first()).toHaveText(/securities exchange act/i);
  // The filter shows as a chip; removing it widens the results again.
  await expect(page.getByTestId('filter-chips')).toContainText('8-K');
  await screenshotBoth(page, 'search-phrase-filter');
  await page.getByRole('button', { name: 'Remove filter form:8-K' }).click();
  await expect(page.getByTestId('search-input')).toHaveValue('"Securities Exchange Act"');
  const wider = await callFromPage<SearchResponse>(page, 'search:query', { query: '"Securities Exchange Act"' });
  await expect(page.getByTestId('result-count')).toHaveText(new RegExp(`^${wider.total} filings`));
  expect(pageErrors).toEqual([]);
});

test('a syntax error is marked at its position and keeps the last results', async ({ page }) => {
  await search(page, 'form:8-K');
  // The count of filings, not the query's time beside it ("7 filings · 1 ms"): a refresh of
  // the same results may take another millisecond.
  const filings = (await page.getByTestId('result-count').textContent())!.split(' · ')[0]!;
  expect(filings).toMatch(/^\d[\d,]* filings?$/);
  await page.getByTestId('search-input').fill('form:8-K "unclosed phrase');
  await expect(page.getByRole('alert')).toContainText('character 10');
  await expect(page.locator('.q-error')).toHaveText('"');
  await expect(page.getByTestId('result-count')).toHaveText(new RegExp(`^${filings}( · |$)`));
  // The last results are marked as such and dimmed; chips and facets still describe them.
  await expect(page.getByTestId('stale-note')).toContainText('form:8-K');
  const pane = page.getByRole('main', { name: 'Results' });
  await expect(pane).toHaveAttribute('data-stale', 'true');
  expect(Number(await pane.locator('.results-body-wrap').evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(
    1,
  );
  await expect(page.getByTestId('filter-chips').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByTestId('filter-chips')).toContainText('8-K');
  await expect(page.getByTestId('filter-chips')).not.toContainText('unclosed');
  await expect(page.locator('[data-facet="form"][data-value="8-K"]')).toHaveAttribute('aria-pressed', 'true');
  await screenshotBoth(page, 'search-syntax-error');
  // Fixed: the note goes and the results are live again.
  await page.getByTestId('search-input').fill('form:8-K "unclosed phrase"');
  await expect(page.getByTestId('stale-note')).toHaveCount(0);
  await expect(pane).toHaveAttribute('data-stale', 'false');
});

test('a facet click adds the filter to the query, a second click removes it', async ({ page }) => {
  const facet = page.locator('[data-facet="form"][data-value="4"]');
  await expect(facet).toContainText('5');
  await facet.click();
  await expect(page.getByTestId('search-input')).toHaveValue('form:4');
  await expect(facet).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('result-count')).toHaveText(/^5 filings/);
  for (const form of await resultRows(page).locator('.cell-form').allTextContents()) expect(form).toBe('4');
  await page.locator('[data-facet="form"][data-value="4"]').click();
  await expect(page.getByTestId('search-input')).toHaveValue('');
  await expect(page.getByTestId('result-count')).toHaveText(new RegExp(`^${UI_FILINGS.length} filings`));
});

test("clicking a year and brushing a range on the timeline filter by the filing's date", async ({ page }) => {
  const timeline = page.getByTestId('timeline');
  await timeline.locator('[data-bucket="2014"]').click();
  await expect(page.getByTestId('search-input')).toHaveValue('date:2014-01-01..2014-12-31');
  await expect(page.getByTestId('result-count')).toHaveText(/^2 filings/);
  // Picking one year zooms in to months.
  await expect(timeline.getByRole('button', { name: 'Months' })).toHaveAttribute('aria-pressed', 'true');
  await expect(timeline.locator('[data-bucket="2014-04"]')).toHaveCount(1);

  await timeline.getByRole('button', { name: 'Years' }).click();
  await page.getByTestId('search-input').fill('');
  await expect(timeline.locator('[data-bucket="1998"]')).toHaveCount(1);
  const from = await timeline.locator('[data-bucket="1998"] .timeline-hit').boundingBox();
  const to = await timeline.locator('[data-bucket="2002"] .timeline-hit').boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + 20);
  await page.mouse.down();
  await page.mouse.move(to!.x + to!.width / 2, to!.y + 20, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('search-input')).toHaveValue('date:1998-01-01..2002-12-31');
  const expected = await callFromPage<SearchResponse>(page, 'search:query', { query: 'date:1998-01-01..2002-12-31' });
  expect(expected.total).toBe(6);
  await expect(page.getByTestId('result-count')).toHaveText(/^6 filings/);
});

test('sorting by a column header asks the core for that order, and again reverses it', async ({ page }) => {
  // The company each row is listed (and sorted) under: its first line.
  const shownNames = async () => resultRows(page).locator('.cell-company .company-name').allTextContents();
  const expectOrder = async (order: 'asc' | 'desc') => {
    const res = await callFromPage<SearchResponse>(page, 'search:query', {
      query: '',
      sort: 'company',
      order,
      limit: 100,
    });
    const want = res.results.map((r) => shownCompany(r.formType, r.companies).primary?.name ?? '—');
    await expect.poll(shownNames).toEqual(want);
  };
  await page
    .getByRole('columnheader', { name: /Company/ })
    .getByRole('button')
    .click();
  await expect(page.getByRole('columnheader', { name: /Company/ })).toHaveAttribute('aria-sort', 'ascending');
  await expectOrder('asc');
  await page
    .getByRole('columnheader', { name: /Company/ })
    .getByRole('button')
    .click();
  await expect(page.getByRole('columnheader', { name: /Company/ })).toHaveAttribute('aria-sort', 'descending');
  await expectOrder('desc');
});

test('multi-select with click, shift-click, ctrl-click, select all and Esc', async ({ page }) => {
  const rows = resultRows(page);
  const selected = rows.and(page.locator('[aria-selected="true"]'));
  await rows.nth(0).click();
  await expect(selected).toHaveCount(1);
  await rows.nth(3).click({ modifiers: ['Shift'] });
  await expect(selected).toHaveCount(4);
  await rows.nth(1).click({ modifiers: ['ControlOrMeta'] });
  await expect(selected).toHaveCount(3);
  await expect(page.getByTestId('selection-count')).toHaveText(/^3 selected/);
  await screenshotBoth(page, 'search-selection');
  // Keyboard: arrows move the selection, Ctrl+A takes every result, Esc clears.
  await page.keyboard.press('ArrowDown'); // from the ctrl-clicked row 1
  await expect(selected).toHaveCount(1);
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ControlOrMeta+a');
  await expect(page.getByTestId('selection-count')).toHaveText(new RegExp(`^${UI_FILINGS.length} selected`));
  await expect(selected).toHaveCount(UI_FILINGS.length);
  await page.keyboard.press('Escape');
  await expect(selected).toHaveCount(0);
});

test('columns can be hidden, resized, and the layout is remembered', async ({ page }) => {
  const header = page.getByTestId('results').locator('.row-header');
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('group', { name: 'Visible columns' }).getByRole('checkbox', { name: 'CIK' }).uncheck();
  await expect(header.getByRole('columnheader', { name: 'CIK' })).toHaveCount(0);
  await expect(resultRows(page).first().locator('.cell-cik')).toHaveCount(0);

  const form = header.getByRole('columnheader', { name: /Form/ });
  const before = (await form.boundingBox())!.width;
  const handle = (await page.getByRole('separator', { name: 'Resize Form column' }).boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 100, handle.y + handle.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await form.boundingBox())!.width - before)).toBeGreaterThan(80);

  await page.reload();
  await expect(page.getByTestId('results').getByRole('columnheader', { name: 'CIK' })).toHaveCount(0);
  const after = (await page.getByTestId('results').getByRole('columnheader', { name: /Form/ }).boundingBox())!;
  expect(after.width - before).toBeGreaterThan(80);
});
