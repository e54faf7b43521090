// The results table at 1280 px and in narrow windows: nothing cut off, two-line snippets,
// ownership forms listed under their issuer, the extra columns.
import type { Page } from '@playwright/test';
import type { SearchResponse } from '../../src/shared/api/types';
import { callFromPage, expect, test } from './fixtures';
import { copyUiFilings, hasShared, NO_SHARED, UI_FILINGS } from './helpers/corpus';
import { openFolderAndIndex, resultRows, screenshotBoth, search } from './helpers/ui';

test.skip(!hasShared, NO_SHARED);

test.beforeEach(async ({ page, dirs }) => {
  copyUiFilings(dirs.data);
  await openFolderAndIndex(page, UI_FILINGS.length);
});

/** Cells (by class) whose text does not fit: wider than the cell, or past its two lines. */
function clippedCells(page: Page, cls: string) {
  return page.getByTestId('results').evaluate((grid, c) => {
    const out: string[] = [];
    for (const cell of grid.querySelectorAll<HTMLElement>(`.results-body .${c}`)) {
      const inner = (cell.querySelector('.clamp-2') as HTMLElement | null) ?? cell;
      if (cell.scrollWidth > cell.clientWidth + 1 || inner.scrollHeight > inner.clientHeight + 1)
        out.push(cell.textContent ?? '');
    }
    return out;
  }, cls);
}

test('at 1280 px the snippet takes the remaining width in two lines; forms, items and companies are whole', async ({
  page,
}) => {
  await search(page, 'the');
  const grid = page.getByTestId('results');
  await expect(resultRows(page).first()).toBeVisible();
  // No sideways scrolling: the snippet column ends inside the table.
  expect(await grid.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const snippetRight = await grid
    .locator('.results-body .cell-snippet')
    .first()
    .evaluate((el) => el.getBoundingClientRect().right);
  const gridRight = await grid.evaluate((el) => el.getBoundingClientRect().right);
  expect(snippetRight).toBeLessThanOrEqual(gridRight);
  // The snippet wraps to two lines and its full text is on hover.
  const snippet = grid.locator('.results-body .cell-snippet').first();
  const lines = await snippet
    .locator('.clamp-2')
    .evaluate((el) => Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)));
  expect(lines).toBe(2);
  const core = await callFromPage<SearchResponse>(page, 'search:query', { query: 'the', limit: 1 });
  await expect(snippet).toHaveAttribute('title', core.results[0].snippet);

  for (const cell of ['cell-filed', 'cell-form', 'cell-period', 'cell-items'])
    expect(await clippedCells(page, cell), cell).toEqual([]);
  // Every company named once per row.
  const companies = await grid
    .locator('.results-body .cell-company')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('title') ?? ''));
  for (const title of companies) {
    const names = title.split(/\n|; /).map((n) => n.replace(/^Reporting owners: /, '').replace(/ \(CIK \d+\)$/, ''));
    expect(new Set(names).size, title).toBe(names.length);
  }
  await screenshotBoth(page, 'table-1280');
});

test('Forms 3/4/5 are listed under the issuer with its CIK, owners below, and sorted by it', async ({ page }) => {
  await search(page, 'form:4');
  const rows = resultRows(page);
  await expect(rows).toHaveCount(5);
  const acme = rows.filter({ hasText: 'ACME PACKET INC' });
  await expect(acme.locator('.cell-company .line-1')).toHaveText(/^ACME PACKET INC · CIK \d+$/);
  await expect(acme.locator('.cell-company .line-2')).toHaveText('Reporting: DOBBINS EPHRAIM');

  await page.getByRole('columnheader', { name: 'Company' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'ascending');
  const shown = await rows
    .locator('.cell-company .line-1')
    .evaluateAll((els) => els.map((e) => (e.childNodes[0]?.textContent ?? '').toLowerCase()));
  expect(shown).toEqual([...shown].sort());
  expect(shown).toContain('acme packet inc');
  await screenshotBoth(page, 'table-issuers');
});

test('more columns: accession, file number, state, SIC', async ({ page }) => {
  await search(page, 'company:expertelligence');
  await page.getByRole('button', { name: 'Columns' }).click();
  const chooser = page.getByRole('group', { name: 'Visible columns' });
  for (const label of ['Accession', 'File number', 'State', 'SIC']) await chooser.getByLabel(label).check();
  await page.keyboard.press('Escape');
  const row = resultRows(page).filter({ hasText: '2004-01-08' });
  await expect(row.locator('.cell-accession')).toHaveText('0000723533-04-000001');
  await expect(row.locator('.cell-sic')).toHaveText('7372');
  await expect(row.locator('.cell-state')).toHaveText(/^[A-Z]{2}$/);
  await expect(row.locator('.cell-fileNumber')).toHaveText(/^\d{3}-\d+$/);
});

for (const [width, height] of [
  [900, 600],
  [800, 500],
] as const) {
  test(`at ${width}x${height} nothing in the top bar or the toolbar is clipped`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await search(page, 'the');
    const clipped = await page.evaluate(() => {
      const out: string[] = [];
      const vw = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth > vw)
        out.push(`page scrolls sideways: ${document.documentElement.scrollWidth}`);
      for (const el of document.querySelectorAll<HTMLElement>(
        '.topbar button, .topbar input, .topbar [role="status"], .results-toolbar > *, .results-toolbar button, .results-toolbar select, .timeline-head > *, .timeline-head button',
      )) {
        const r = el.getBoundingClientRect();
        if (r.width === 0) continue;
        const name = el.getAttribute('aria-label') ?? el.textContent ?? el.className;
        if (r.left < 0 || r.right > vw)
          out.push(`${name} outside the window (${Math.round(r.left)}..${Math.round(r.right)})`);
        else if (el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'INPUT') out.push(`${name} cut off`);
      }
      return out;
    });
    expect(clipped).toEqual([]);
    await screenshotBoth(page, `table-${width}x${height}`);
  });
}
