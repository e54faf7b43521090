// The formatted view against hostile HTML: stylesheets built to make a sanitiser slow, CSS
// escapes that spell url() another way, nesting too deep to lay out, and in-page links that
// must scroll inside the frame rather than load the app's page into it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { htmlFiling, tenKWithToc } from '../helpers/html-filing';
import { openFolderAndIndex, resultRows, screenshotBoth } from './helpers/ui';

const EVIL = 'evil.example';

/** Opens the filing of `company` (no query, so its HTML opens as laid out). */
async function openFiling(page: Page, company: string) {
  await resultRows(page).filter({ hasText: company }).dblclick();
  return page.getByTestId('detail');
}

async function innerFrame(page: Page): Promise<Frame> {
  const handle = await page.getByTestId('html-frame').elementHandle();
  return (await handle!.contentFrame())!;
}

/** Every request that leaves the loopback server. */
function outsideRequests(page: Page, serverUrl: string): string[] {
  const origin = new URL(serverUrl).origin;
  const outside: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith('data:')) outside.push(req.url());
  });
  return outside;
}

test('a 1 MB stylesheet of unclosed url( opens at once, with no url left', async ({
  page,
  dirs,
  server,
  pageErrors,
}) => {
  const outside = outsideRequests(page, server.url);
  const style = `body { color: #222 } ${'url('.repeat(250_000)}`;
  const styled = `p { background: ${'\\75 rl('.repeat(140_000)}`;
  writeFileSync(
    join(dirs.data, 'slow-style.txt'),
    htmlFiling({
      company: 'SLOW STYLE TEST CORP',
      html: `<html><head><style>${style}</style><style>${styled}</style></head><body><h1>Annual report with a heavy stylesheet</h1><p style="background:${'url('.repeat(50_000)}">Body text.</p></body></html>`,
    }),
  );
  await openFolderAndIndex(page, 1);
  const detail = await openFiling(page, 'SLOW STYLE TEST CORP');
  // The old sanitiser spent minutes here (quadratic); the test's timeout is 60 s.
  const frame = page.frameLocator('[data-testid="html-frame"]');
  await expect(frame.locator('h1')).toHaveText('Annual report with a heavy stylesheet');
  const html = await (await innerFrame(page)).evaluate(() => document.documentElement.outerHTML);
  expect(html).not.toMatch(/url\(|\\75 rl\(/i);
  await expect(detail.getByRole('button', { name: 'Text' })).toBeEnabled();
  expect(outside).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('CSS escapes that spell url() are removed by the sanitiser itself', async ({ page, dirs, server }) => {
  const outside = outsideRequests(page, server.url);
  const spellings = ['\\75 rl', 'u\\rl', '\\000075rl', 'U\\52 L', '\\55 \\52 \\4c '];
  const rules = spellings.map((s, i) => `.c${i} { background-image: ${s}(http://${EVIL}/css-${i}.png) }`).join('\n');
  const custom = `:root { --bg: \\75 rl(http://${EVIL}/custom.png) } .v { background: var(--bg) }`;
  const divs = spellings
    .map(
      (s, i) =>
        `<div class="c${i} v" style="border-image: ${s}(http://${EVIL}/attr-${i}.png) 30; height: 20px">block ${i}</div>`,
    )
    .join('\n');
  writeFileSync(
    join(dirs.data, 'escapes.txt'),
    htmlFiling({
      company: 'CSS ESCAPES TEST CORP',
      html: `<html><head><style>${rules}\n${custom}\n@\\69mport "http://${EVIL}/x.css";</style></head><body><h1>Escaped CSS</h1>${divs}</body></html>`,
    }),
  );
  await openFolderAndIndex(page, 1);
  await openFiling(page, 'CSS ESCAPES TEST CORP');
  await expect(page.frameLocator('[data-testid="html-frame"]').locator('h1')).toHaveText('Escaped CSS');
  const html = await (await innerFrame(page)).evaluate(() => document.documentElement.outerHTML);
  // Not merely blocked by the frame's CSP: the URLs are not in the document at all.
  expect(html).not.toContain(EVIL);
  expect(html).toContain('block 4');
  expect(outside).toEqual([]);
  await screenshotBoth(page, 'viewer-css-escapes');
});

test('HTML nested 100,000 deep shows as text with a note, and the window stays usable', async ({ page, dirs }) => {
  const depth = 100_000;
  writeFileSync(
    join(dirs.data, 'deep.txt'),
    htmlFiling({
      company: 'DEEP NESTING TEST CORP',
      html: `<html><body><p>Deeply nested annual report.</p>${'<div>'.repeat(depth)}innermost words${'</div>'.repeat(depth)}</body></html>`,
    }),
  );
  await openFolderAndIndex(page, 1);
  const detail = await openFiling(page, 'DEEP NESTING TEST CORP');
  await expect(detail.getByTestId('formatted-refused')).toContainText('more than 1,000 deep');
  await expect(detail.getByTestId('text-view')).toContainText('innermost words');
  await expect(detail.getByTestId('html-frame')).toHaveCount(0);
  // Still responsive: the view switches at once.
  await detail.getByRole('button', { name: 'Text' }).click();
  await expect(detail.getByTestId('formatted-refused')).toHaveCount(0);
  await detail.getByRole('button', { name: 'Formatted' }).click();
  await expect(detail.getByTestId('formatted-refused')).toBeVisible();
  await screenshotBoth(page, 'viewer-too-deep');
});

test("a 10-K's table of contents scrolls inside the frame and never loads the app's page", async ({
  page,
  dirs,
  server,
  pageErrors,
}) => {
  const frameUrls: string[] = [];
  page.on('framenavigated', (f) => void (f !== page.mainFrame() && frameUrls.push(f.url())));
  writeFileSync(
    join(dirs.data, 'toc-10k.txt'),
    htmlFiling({ company: 'TABLE OF CONTENTS TEST CORP', html: tenKWithToc() }),
  );
  await openFolderAndIndex(page, 1);
  await openFiling(page, 'TABLE OF CONTENTS TEST CORP');
  const frame = page.frameLocator('[data-testid="html-frame"]');
  await expect(frame.getByText('TABLE OF CONTENTS', { exact: true })).toBeVisible();
  const inner = await innerFrame(page);
  const scrollTop = () => inner.evaluate(() => document.scrollingElement!.scrollTop);
  expect(await scrollTop()).toBe(0);

  // <a name="item7"> target (old style), then <div id="item1a"> (newer style).
  await frame.getByRole('link', { name: 'Financial Statements and Supplementary Data' }).click();
  await expect.poll(scrollTop).toBeGreaterThan(1000);
  await expect(frame.getByText('Item 8. Financial Statements and Supplementary Data')).toBeInViewport();
  await frame.getByRole('link', { name: 'Table of Contents' }).last().click();
  await expect.poll(scrollTop).toBeLessThan(200);
  await frame.getByRole('link', { name: 'Risk Factors' }).click();
  await expect(frame.getByText('Item 1A. Risk Factors')).toBeInViewport();
  await screenshotBoth(page, 'viewer-toc-anchor');

  // The frame stayed on its own document; the app's URL (with its token) never loaded there.
  const inFrame = await innerFrame(page);
  expect(inFrame.url()).toMatch(/^about:srcdoc/);
  expect(frameUrls.every((u) => u.startsWith('about:srcdoc'))).toBe(true);
  expect(frameUrls.some((u) => u.includes(new URL(server.url).host))).toBe(false);
  await expect(frame.locator('body')).toContainText('Item 1. Business');
  expect(pageErrors).toEqual([]);
});
