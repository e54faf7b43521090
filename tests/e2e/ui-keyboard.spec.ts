// The whole round trip by keyboard: search box -> results -> a filing's hits -> back.
import { expect, test } from './fixtures';
import { copyUiFilings, hasShared, NO_SHARED, UI_FILINGS } from './helpers/corpus';
import { openFolderAndIndex, search } from './helpers/ui';

test.skip(!hasShared, NO_SHARED);

test('ArrowDown into the results, j/k, Enter opens with n/p and F3 on hits, Esc back to the same row, / to search', async ({
  page,
  dirs,
  pageErrors,
}) => {
  copyUiFilings(dirs.data);
  await openFolderAndIndex(page, UI_FILINGS.length);
  // A word every document has many times: whichever row is opened, there are hits to step through.
  await search(page, 'the');
  const grid = page.getByTestId('results');
  const activeRow = grid.locator('.row-active');

  // From the search box straight into the table, on its first row.
  await page.getByTestId('search-input').press('ArrowDown');
  await expect(grid).toBeFocused();
  await expect(activeRow).toHaveAttribute('aria-rowindex', '2');

  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(activeRow).toHaveAttribute('aria-rowindex', '4');
  await page.keyboard.press('k');
  await expect(activeRow).toHaveAttribute('aria-rowindex', '3');
  const openedId = await activeRow.getAttribute('data-id');

  // Enter opens the filing; the document has the keyboard: n/p and F3/Shift+F3 step through hits.
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('detail');
  const counter = detail.getByTestId('hit-counter');
  await expect(counter).toHaveText(/^1 of \d+$/);
  await expect(detail.getByTestId('viewer-body')).toBeFocused();
  const total = Number((await counter.textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThan(2);
  await page.keyboard.press('n');
  await expect(counter).toHaveText(`2 of ${total}`);
  await page.keyboard.press('F3');
  await expect(counter).toHaveText(`3 of ${total}`);
  await expect(detail.locator('mark[data-hit="2"]').first()).toHaveClass(/hit-current/);
  await page.keyboard.press('p');
  await expect(counter).toHaveText(`2 of ${total}`);
  await page.keyboard.press('Shift+F3');
  await page.keyboard.press('Shift+F3');
  await expect(counter).toHaveText(`${total} of ${total}`);

  // Esc: back in the table, on the row that was opened.
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(grid).toBeFocused();
  await expect(activeRow).toHaveAttribute('data-id', openedId!);
  await page.keyboard.press('j');
  await expect(activeRow).toHaveAttribute('aria-rowindex', '4');

  // "/" from anywhere outside a field goes to the search box.
  await page.keyboard.press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
  expect(pageErrors).toEqual([]);
});
