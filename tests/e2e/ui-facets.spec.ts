// Issue 14, item 4: facet values of one group OR together and show as one chip; groups AND;
// a second click takes a value out of its group. Totals and counts are the core's.
import type { FacetCounts, SearchResponse } from '../../src/shared/api/types';
import { callFromPage, expect, test } from './fixtures';
import { copyUiFilings, hasShared, NO_SHARED, UI_FILINGS } from './helpers/corpus';
import { screenshotSizes } from './helpers/screens';
import { openFolderAndIndex } from './helpers/ui';
import type { Page } from '@playwright/test';

test.skip(!hasShared, NO_SHARED);

test.beforeEach(async ({ page, dirs }) => {
  copyUiFilings(dirs.data);
  await openFolderAndIndex(page, UI_FILINGS.length);
});

const facetValue = (page: Page, facet: string, value: string) =>
  page.locator(`[data-facet="${facet}"][data-value="${value}"]`);

/** The facet as the sidebar shows it: [value, count] in order. */
async function shownFacet(page: Page, facet: string): Promise<[string, number][]> {
  const buttons = page.locator(`[data-facet="${facet}"]`);
  const out: [string, number][] = [];
  for (const b of await buttons.all()) {
    out.push([
      (await b.getAttribute('data-value'))!,
      Number((await b.locator('.facet-count').textContent())!.replace(/,/g, '')),
    ]);
  }
  return out;
}

const core = (page: Page, query: string) =>
  callFromPage<SearchResponse>(page, 'search:query', { query, limit: 1, facets: true, facetLimit: 50 });

test('values of one facet OR in one chip, groups AND, a second click takes a value out', async ({
  page,
  pageErrors,
}) => {
  const input = page.getByTestId('search-input');
  const chips = page
    .getByTestId('filter-chips')
    .getByRole('listitem')
    .filter({ has: page.locator('.chip-value') });

  await facetValue(page, 'form', '8-K').click();
  await expect(input).toHaveValue('form:8-K');
  // The form facet counts beside its own selection: 4, 10-K... stay offered with their counts.
  await expect(facetValue(page, 'form', '4')).toBeVisible();
  await facetValue(page, 'form', '4').click();
  await expect(input).toHaveValue('(form:8-K OR form:4)');
  await expect(chips).toHaveCount(1);
  await expect(chips.first()).toHaveText(/form:?\s*8-K or 4/);

  const either = await core(page, '(form:8-K OR form:4)');
  const k8 = await core(page, 'form:8-K');
  const f4 = await core(page, 'form:4');
  expect(either.total).toBe(k8.total + f4.total);
  await expect(page.getByTestId('result-count')).toHaveText(new RegExp(`^${either.total} filings`));
  for (const form of await page.getByTestId('results').locator('.results-body .cell-form').allTextContents())
    expect(['8-K', '4']).toContain(form);
  // Form counts: the whole archive (the query without its form group); other facets: the results.
  const all = await core(page, '');
  await expect.poll(() => shownFacet(page, 'form')).toEqual(all.facets!.form);
  await expect.poll(() => shownFacet(page, 'year')).toEqual(either.facets!.year.slice(0, 8));
  await expect(facetValue(page, 'form', '8-K')).toHaveAttribute('aria-pressed', 'true');
  await expect(facetValue(page, 'form', '4')).toHaveAttribute('aria-pressed', 'true');
  await expect(facetValue(page, 'form', '10-K')).toHaveAttribute('aria-pressed', 'false');

  // Another group ANDs: a year.
  const year = either.facets!.year.find(([, n]) => n > 1)![0];
  await facetValue(page, 'year', year).click();
  await expect(input).toHaveValue(`(form:8-K OR form:4) date:${year}`);
  await expect(chips).toHaveCount(2);
  const both = await core(page, `(form:8-K OR form:4) date:${year}`);
  await expect(page.getByTestId('result-count')).toHaveText(new RegExp(`^${both.total} filings`));
  // A selected form the year lacks stays listed (count 0), so it can be clicked off.
  const formBeside = (await core(page, `date:${year}`)).facets!.form;
  for (const f of ['8-K', '4']) if (!formBeside.some(([v]) => v === f)) formBeside.push([f, 0]);
  const yearBeside = either.facets!.year;
  await expect.poll(() => shownFacet(page, 'form')).toEqual(formBeside);
  await expect.poll(() => shownFacet(page, 'year')).toEqual(yearBeside.slice(0, 8));
  const expectedCompanies: FacetCounts['company'] = both.facets!.company.slice(0, 8);
  await expect.poll(() => shownFacet(page, 'company')).toEqual(expectedCompanies);
  await screenshotSizes(page, 'facets-combined');

  // A second click takes 8-K out of its group; the last value out removes the group.
  await facetValue(page, 'form', '8-K').click();
  await expect(input).toHaveValue(`form:4 date:${year}`);
  await facetValue(page, 'form', '4').click();
  await expect(input).toHaveValue(`date:${year}`);
  // The chip of a group removes the whole group.
  await page.getByRole('button', { name: `Remove filter date:${year}` }).click();
  await expect(input).toHaveValue('');
  await facetValue(page, 'form', '8-K').click();
  await facetValue(page, 'form', '4').click();
  await expect(input).toHaveValue('(form:8-K OR form:4)');
  await page.getByRole('button', { name: 'Remove filter form:8-K OR form:4' }).click();
  await expect(input).toHaveValue('');
  expect(pageErrors).toEqual([]);
});
