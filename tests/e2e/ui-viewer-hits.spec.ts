// Item 10 of issue 14: the formatted (HTML) view marks the query's hits too, with the same
// navigation as the text view (n/p, F3/Shift+F3, the buttons, the counter), on a real HTML 10-K.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import type { DocumentView, SearchResponse } from '../../src/shared/api/types';
import { callFromPage, expect, test } from './fixtures';
import { corpusPath, hasShared, NO_SHARED } from './helpers/corpus';
import { openFolderAndIndex, resultRows, screenshotBoth, search } from './helpers/ui';

test.skip(!hasShared, NO_SHARED);

/**
 * Forward Industries' 10-K for fiscal 2016 as EDGAR serves it (one HTML document, 0.5 MB):
 * EDGARX markup with fonts and tables, ~5,000 &nbsp; and Windows-1252 character references
 * (&#146; in "Company&#146;s"), so the text and the HTML differ in whitespace and entities.
 */
const TEN_K = 'mwaldstein__edgarWebR/forward10k.htm';
const QUERY = 'customer* "annual report"';

async function innerFrame(page: Page): Promise<Frame> {
  const handle = await page.getByTestId('html-frame').elementHandle();
  return (await handle!.contentFrame())!;
}

/** The marks in the frame: each hit's index and text (its parts joined), and which one is the :target. */
function frameMarks(frame: Frame) {
  return frame.evaluate(() => {
    const byHit = new Map<number, string>();
    for (const m of document.querySelectorAll<HTMLElement>('mark.edgar-hit')) {
      const i = Number(m.dataset.hit);
      byHit.set(i, (byHit.get(i) ?? '') + m.textContent);
    }
    const target = document.querySelector<HTMLElement>(':target');
    const r = target?.getBoundingClientRect();
    return {
      hits: [...byHit.entries()],
      target: target?.dataset.hit ?? null,
      targetInView: r ? r.top >= 0 && r.bottom <= window.innerHeight : false,
    };
  });
}

test('the formatted view marks every hit and steps through them like the text view', async ({
  page,
  dirs,
  pageErrors,
}) => {
  // Real documents of hundreds of KB on a shared machine: more time, never a timing assertion.
  test.slow();
  copyFileSync(corpusPath(TEN_K), join(dirs.data, 'forward10k.htm'));
  await openFolderAndIndex(page, 1);
  await search(page, QUERY);
  await resultRows(page).first().dblclick();
  const detail = page.getByTestId('detail');
  const counter = detail.getByTestId('hit-counter');
  await expect(counter).toHaveText(/^1 of \d+$/);
  const total = Number((await counter.textContent())!.split(' of ')[1]);

  // The core's hits, as text: what each mark must read (whitespace aside).
  const results = await callFromPage<SearchResponse>(page, 'search:query', { query: QUERY });
  const doc = await callFromPage<DocumentView>(page, 'filing:document', {
    docId: results.results[0]!.docId,
    query: QUERY,
  });
  expect(doc.hits.length).toBe(total);
  const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  const wanted = doc.hits.map(([s, e]) => squash(doc.text.slice(s, e)));

  await detail.getByRole('button', { name: 'Formatted' }).click();
  await expect(page.frameLocator('[data-testid="html-frame"]').locator('mark.edgar-hit').first()).toBeAttached();
  // The counter and the navigation stay; every hit is placed, in order, on the words it marks.
  await expect(counter).toHaveText(`1 of ${total}`);
  await expect(detail.getByTestId('hits-not-placed')).toHaveCount(0);
  // One frame throughout: moving to a hit is a move inside its document, never a new load.
  const frame = await innerFrame(page);
  const marks = await frameMarks(frame);
  expect(marks.hits.map(([i]) => i)).toEqual(wanted.map((_, i) => i));
  expect(marks.hits.map(([, text]) => squash(text))).toEqual(wanted);
  await expect.poll(async () => (await frameMarks(frame)).target).toBe('0');

  // n, F3, the buttons, p and Shift+F3: the counter and the frame's current mark move together,
  // and the frame scrolls it into view.
  const expectCurrent = async (index: number) => {
    await expect(counter).toHaveText(`${index + 1} of ${total}`);
    await expect
      .poll(async () => {
        const m = await frameMarks(frame);
        return `${m.target} ${m.targetInView}`;
      })
      .toBe(`${index} true`);
  };
  await page.keyboard.press('n');
  await expectCurrent(1);
  await page.keyboard.press('F3');
  await expectCurrent(2);
  await detail.getByRole('button', { name: 'Next hit' }).click();
  await expectCurrent(3);
  await screenshotBoth(page, 'viewer-formatted-hits');
  await detail.getByRole('button', { name: 'Previous hit' }).click();
  await expectCurrent(2);
  await page.keyboard.press('p');
  await expectCurrent(1);
  await page.keyboard.press('Shift+F3');
  await page.keyboard.press('Shift+F3');
  await expectCurrent(total - 1);

  // The frame only moved within its own document.
  expect(frame.url()).toBe(`about:srcdoc#edgar-hit-${total - 1}`);
  // At 900 px the viewer's toolbar keeps its buttons and the counter whole.
  await page.setViewportSize({ width: 900, height: 600 });
  const cut = await detail
    .locator('.viewer-toolbar')
    .evaluate((bar) =>
      [...bar.querySelectorAll<HTMLElement>('button, .hit-counter')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().height > 40)
        .map((el) => el.textContent),
    );
  expect(cut).toEqual([]);
  await screenshotBoth(page, 'viewer-formatted-hits-900');
  // Back to Text: the same hit is current there.
  await detail.getByRole('button', { name: 'Text' }).click();
  await expect(counter).toHaveText(`${total} of ${total}`);
  await expect(detail.locator(`mark[data-hit="${total - 1}"]`).first()).toHaveClass(/hit-current/);
  expect(pageErrors).toEqual([]);
});
