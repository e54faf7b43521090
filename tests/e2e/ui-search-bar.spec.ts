import { expect, test } from './fixtures';
import { copyUiFilings, hasShared, NO_SHARED, UI_FILINGS } from './helpers/corpus';
import { openFolderAndIndex, screenshotBoth } from './helpers/ui';

test.skip(!hasShared, NO_SHARED);

test.beforeEach(async ({ page, dirs }) => {
  copyUiFilings(dirs.data);
  await openFolderAndIndex(page, UI_FILINGS.length);
});

test('"/" focuses the search box, autocomplete offers field names then values, Esc clears', async ({ page }) => {
  const box = page.getByTestId('search-input');
  await page.getByTestId('results').click();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();

  await page.keyboard.type('fo');
  const list = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(list.getByRole('option').first()).toContainText('form:');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('form:');

  // Values come from the index, with their counts.
  await page.keyboard.type('10');
  await expect(list.getByRole('option', { name: /10-K\/A/ })).toBeVisible();
  await screenshotBoth(page, 'search-autocomplete');
  await list.getByRole('option', { name: /10-K\/A/ }).click();
  await expect(box).toHaveValue('form:10-K/A ');
  await expect(page.getByTestId('result-count')).toHaveText(/^1 filing\b/);

  await box.press('Escape'); // closes the list
  await box.press('Escape'); // clears the query
  await expect(box).toHaveValue('');
  await expect(page.getByTestId('result-count')).toHaveText(new RegExp(`^${UI_FILINGS.length} filings`));
});

test('recent and saved searches are offered in an empty search box; the help popover runs examples', async ({
  page,
}) => {
  const box = page.getByTestId('search-input');
  await box.fill('control');
  await box.press('Enter');
  await page.getByRole('button', { name: 'Save this search' }).click();
  await box.fill('form:4');
  await box.press('Enter');
  await box.fill('');

  const list = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(list).toContainText('Saved searches');
  await expect(list).toContainText('Recent searches');
  await expect(list.getByRole('option', { name: 'form:4' })).toBeVisible();
  await list
    .getByRole('option', { name: /^control/ })
    .first()
    .click();
  await expect(box).toHaveValue('control');

  // Saved searches survive a reload (localStorage).
  await page.reload();
  await page.getByTestId('search-input').focus();
  await expect(page.getByRole('listbox', { name: 'Suggestions' })).toContainText('control');

  await page.getByRole('button', { name: 'Search help' }).click();
  const help = page.getByRole('dialog', { name: 'Search help' });
  await expect(help).toContainText('NEAR(merger bank, 5)');
  await screenshotBoth(page, 'search-help');
  await help.getByRole('button', { name: 'form:8-K item:2.02' }).click();
  await expect(page.getByTestId('search-input')).toHaveValue('form:8-K item:2.02');
  await expect(page.getByTestId('result-count')).toHaveText(/^1 filing\b/);
});
