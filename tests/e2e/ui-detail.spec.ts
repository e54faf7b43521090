import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { copyUiFilings, hasShared, NO_SHARED, UI_FILINGS } from './helpers/corpus';
import { EVIL_HOST, HOSTILE_COMPANY, HOSTILE_FILING } from './helpers/hostile-filing';
import { openFolderAndIndex, resultRows, screenshotBoth, search } from './helpers/ui';

test.skip(!hasShared, NO_SHARED);

test('open a filing: metadata, documents, hits with next and previous, the original file', async ({
  page,
  dirs,
  platform,
  pageErrors,
}) => {
  copyUiFilings(dirs.data);
  await openFolderAndIndex(page, UI_FILINGS.length);
  await search(page, 'control company:expertelligence');
  const row = resultRows(page).filter({ hasText: '2004-01-08' });
  await expect(row).toHaveCount(1);
  await row.click();
  await page.keyboard.press('Enter');

  const detail = page.getByTestId('detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('8-K · EXPERTELLIGENCE INC');
  const facts = detail.getByRole('region', { name: 'Filing facts' });
  await expect(facts).toContainText('0000723533-04-000001');
  await expect(facts).toContainText('ORIGINAL COMPUTER CAMP INC'); // former name
  await expect(facts).toContainText('SANTA BARBARA');
  await expect(facts).toContainText('7372');

  // Every hit of "control" is marked; next and previous step through them and wrap around.
  const counter = detail.getByTestId('hit-counter');
  await expect(counter).toHaveText(/^1 of \d+$/);
  const total = Number((await counter.textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThan(1);
  await expect(detail.locator('mark')).not.toHaveCount(0);
  await expect(detail.locator('mark.hit-current').first()).toHaveText(/control/i);
  await detail.getByRole('button', { name: 'Next hit' }).click();
  await expect(counter).toHaveText(`2 of ${total}`);
  await expect(detail.locator('mark[data-hit="1"]').first()).toHaveClass(/hit-current/);
  await detail.getByRole('button', { name: 'Previous hit' }).click();
  await detail.getByRole('button', { name: 'Previous hit' }).click();
  await expect(counter).toHaveText(`${total} of ${total}`);
  await screenshotBoth(page, 'detail-text');

  await detail.getByRole('button', { name: 'Open original' }).click();
  await detail.getByRole('button', { name: 'Reveal in folder' }).click();
  await expect.poll(() => platform.calls.opened).toEqual([expect.stringContaining('0000723533-04-000001.txt')]);
  await expect.poll(() => platform.calls.revealed).toEqual([expect.stringContaining('0000723533-04-000001.txt')]);

  // Related filings: the same company's other 8-K, one click away.
  const related = detail.getByRole('region', { name: 'Related filings' });
  await related.getByRole('button', { name: '8-K · 2009-08-19' }).first().click();
  await expect(detail.getByRole('region', { name: 'Filing facts' })).toContainText('2009-08-19');
  // Its HTML document has no hit of the query, so it opens as laid out.
  await expect(page.frameLocator('[data-testid="html-frame"]').locator('body')).toContainText('ExperTelligence, Inc.');

  // Back to the results with Esc; the selection and list are still there.
  await page.keyboard.press('Escape');
  await expect(resultRows(page).filter({ hasText: '2004-01-08' })).toHaveAttribute('aria-selected', 'true');
  expect(pageErrors).toEqual([]);
});

test('HTML with <script> and remote resources runs no script and makes no network request', async ({
  page,
  dirs,
  server,
}) => {
  const outside: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(server.url.replace(/\/[^/]*$/, '')) && !req.url().startsWith('data:'))
      outside.push(req.url());
  });
  writeFileSync(join(dirs.data, 'hostile-8k.txt'), HOSTILE_FILING);
  await openFolderAndIndex(page, 1);
  await search(page, 'merger');
  await resultRows(page).filter({ hasText: HOSTILE_COMPANY }).dblclick();

  const detail = page.getByTestId('detail');
  await expect(detail.getByTestId('text-view')).toContainText('definitive merger agreement');
  await detail.getByRole('button', { name: 'Formatted' }).click();
  const frameEl = detail.getByTestId('html-frame');
  await expect(frameEl).toHaveAttribute('sandbox', '');
  const frame = page.frameLocator('[data-testid="html-frame"]');
  await expect(frame.locator('h1')).toHaveText('Quarterly statement of hostile markup');
  await page.waitForTimeout(500); // give any script, image or refresh the chance to fire

  const handle = await frameEl.elementHandle();
  const inner = await handle!.contentFrame();
  const state = await inner!.evaluate(() => {
    const w = window as unknown as { __pwned?: boolean };
    const doc = (
      globalThis as unknown as {
        document: { querySelectorAll(s: string): { length: number }; documentElement: { outerHTML: string } };
      }
    ).document;
    return {
      pwned: w.__pwned ?? false,
      scripts: doc.querySelectorAll('script, iframe, object, link, form, svg, [onload], [onerror], [srcset]').length,
      html: doc.documentElement.outerHTML,
    };
  });
  expect(state.pwned).toBe(false);
  expect(state.scripts).toBe(0);
  expect(state.html).not.toContain(EVIL_HOST);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned ?? false)).toBe(false);
  expect(outside).toEqual([]);
  await screenshotBoth(page, 'detail-html');
});
