// With 100,000 results: how long the table takes from the core's answer to the first rows on
// screen (performance marks set by the renderer), and how often fast scrolling shows a gap.
// Uses the synthetic 100,000-filing index the export benchmark uses, building it first when
// it is missing (about half a minute). Times and gaps while scrolling are reported, never
// gated (they depend on the machine's load: a loaded 2-core CI showed 'gaps: 1'); the test
// fails only on correctness: once scrolling settles, the rows in view are there, cover the
// view, and are the core's rows at those positions.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { SearchResponse } from '../../src/shared/api/types';
import { dirname, join } from 'node:path';
import { ensureSyntheticIndex } from '../../bench/synthetic-index';
import { REPO_DIR } from './fixtures';
import { callFromPage, expect, test as base } from './fixtures';
import { resultRows, search, SCREENSHOTS } from './helpers/ui';

const BENCH_DB = join(REPO_DIR, '.bench-data', 'export-100000.db');
const ROWS = 100_000;

const test = base.extend({
  dirs: async ({ dirs }, use) => {
    copyFileSync(BENCH_DB, dirs.db);
    await use(dirs);
  },
});

test.beforeAll(() => {
  test.setTimeout(300_000);
  mkdirSync(dirname(BENCH_DB), { recursive: true });
  ensureSyntheticIndex(BENCH_DB, ROWS);
});

interface ScrollProbe {
  gaps: number;
  gapAt: string[];
  /** Frames showing any skeleton row: while jumping through the table, and while reading along. */
  skeletonFramesJumping: number;
  skeletonFramesReading: number;
  /** Longest frame while jumping / reading along. */
  maxFrameMsJumping: number;
  maxFrameMsReading: number;
  /** 95th percentile frame time over both phases. */
  p95FrameMs: number;
  /** Frame times scrolling through rows already loaded: the table's own rendering cost. */
  maxFrameMsLoaded: number;
  p50FrameMsLoaded: number;
  p95FrameMsLoaded: number;
}

test('100,000 results: first page render time, gaps while scrolling, the right rows once settled', async ({ page }) => {
  // A budget for the work (some 600 frames and a few deep pages), not a gate: on a loaded
  // machine frames take hundreds of ms and the same work takes minutes.
  test.setTimeout(300_000);
  await expect(page.getByTestId('result-count')).toHaveText(/^100,000 filings/, { timeout: 120_000 });

  // A fresh query over all 100,000 filings, measured from its answer to its rows on screen.
  const firstPage: number[] = [];
  for (const query of ['revenue', '', 'revenue']) {
    await page.evaluate(() => performance.clearMeasures('results:first-page'));
    await search(page, query);
    // The old rows stay until the new answer: wait for the renderer's own measure.
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('results:first-page').length))
      .toBeGreaterThan(0);
    const ms = await page.evaluate(() => performance.getEntriesByName('results:first-page').at(-1)?.duration ?? -1);
    firstPage.push(ms);
  }
  const total = Number((await page.getByTestId('result-count').textContent())!.split(' ')[0].replace(/,/g, ''));
  expect(total).toBe(ROWS);
  for (const ms of firstPage) expect(ms).toBeGreaterThanOrEqual(0);

  // Scroll in big steps through the whole table, checking every frame that the viewport is
  // covered by rows (loaded or skeleton) and counting frames that still show skeletons.
  const probe = await page.evaluate(async (): Promise<ScrollProbe> => {
    const doc = (globalThis as unknown as { document: Document }).document;
    const el = doc.querySelector('[data-testid="results"]') as HTMLElement;
    const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
    const result: ScrollProbe = {
      gaps: 0,
      gapAt: [],
      skeletonFramesJumping: 0,
      skeletonFramesReading: 0,
      maxFrameMsJumping: 0,
      maxFrameMsReading: 0,
      p95FrameMs: 0,
      maxFrameMsLoaded: 0,
      p50FrameMsLoaded: 0,
      p95FrameMsLoaded: 0,
    };
    const frames: number[] = [];
    const loaded: number[] = [];
    const check = (phase: 'Jumping' | 'Reading') => {
      const view = el.getBoundingClientRect();
      const header = 34;
      const rows = [...el.querySelectorAll<HTMLElement>('.results-body [role="row"]')].map((r) =>
        r.getBoundingClientRect(),
      );
      // Every 8 px of the visible body must be inside some row.
      // clientHeight leaves out a horizontal scrollbar, under which no row needs to be.
      const bottom = view.top + el.clientTop + el.clientHeight;
      for (let y = view.top + header + 1; y < bottom - 1; y += 8) {
        if (!rows.some((r) => r.top <= y && y < r.bottom)) {
          result.gaps++;
          result.gapAt.push(`${phase} scrollTop=${Math.round(el.scrollTop)} y=${Math.round(y - view.top)}`);
          break;
        }
      }
      if (el.querySelector('.results-body .row-loading')) result[`skeletonFrames${phase}`]++;
    };
    // Rendering alone: read along through rows that are already loaded (the first pages).
    let last = await frame();
    for (let i = 0; i < 100; i++) {
      el.scrollTop += 48;
      const now = await frame();
      result.maxFrameMsLoaded = Math.max(result.maxFrameMsLoaded, now - last);
      loaded.push(now - last);
      last = now;
    }
    loaded.sort((a, b) => a - b);
    result.p50FrameMsLoaded = loaded[Math.floor(loaded.length * 0.5)];
    result.p95FrameMsLoaded = loaded[Math.floor(loaded.length * 0.95)];
    const steps = 200;
    for (let i = 1; i <= steps; i++) {
      el.scrollTop = (el.scrollHeight - el.clientHeight) * (i / steps);
      const now = await frame();
      result.maxFrameMsJumping = Math.max(result.maxFrameMsJumping, now - last);
      frames.push(now - last);
      last = now;
      check('Jumping');
    }
    // Then, from the middle, a smooth read-along scroll: 2 rows per frame for 300 frames.
    el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
    await new Promise((r) => setTimeout(r, 1500));
    last = await frame();
    for (let i = 0; i < 300; i++) {
      el.scrollTop += 64;
      const now = await frame();
      result.maxFrameMsReading = Math.max(result.maxFrameMsReading, now - last);
      frames.push(now - last);
      last = now;
      check('Reading');
    }
    frames.sort((a, b) => a - b);
    result.p95FrameMs = frames[Math.floor(frames.length * 0.95)];
    return result;
  });

  // Once scrolling stops the rows in view fill in.
  await expect(resultRows(page).and(page.locator('[aria-busy="true"]'))).toHaveCount(0, { timeout: 15_000 });
  await expectSettledRowsCorrect(page, 'revenue');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'results-100k-scrolled.png') });

  // What one deep page costs in the core, for context.
  const t0 = performance.now();
  await callFromPage(page, 'search:query', { query: 'revenue', offset: 90_000, limit: 100 });
  const deepPageMs = performance.now() - t0;
  const report = {
    rows: total,
    firstPageRenderMs: firstPage,
    deepPageMs,
    ...probe,
    framesJumping: 200,
    framesReading: 300,
  };
  writeFileSync(join('test-results', 'ui-performance.json'), JSON.stringify(report, null, 2));
  console.log(`[ui-performance] ${JSON.stringify(report)}`);
});

interface ShownRow {
  index: number;
  id: number | null;
  top: number;
  bottom: number;
}

/**
 * At spread positions through the table: scroll there, wait until no row in view is still
 * loading, then check that the rows cover the view without a gap and are, position by
 * position, the core's own rows for the query.
 */
async function expectSettledRowsCorrect(page: Page, query: string): Promise<void> {
  const table = page.getByTestId('results');
  for (const at of [0, 0.137, 0.5, 0.731, 1]) {
    await table.evaluate((el, f) => {
      el.scrollTop = (el.scrollHeight - el.clientHeight) * f;
    }, at);
    await expect(resultRows(page).and(page.locator('[aria-busy="true"]'))).toHaveCount(0, { timeout: 30_000 });
    // The virtualizer renders after the scroll event: wait for rows at this position.
    await expect.poll(() => shownRows(page).then((rows) => coverageGap(rows, 0)), { timeout: 30_000 }).toBeNull();
    const rows = await shownRows(page);
    const viewHeight = await table.evaluate((el) => el.clientHeight - 34);
    expect(coverageGap(rows, viewHeight), `rows cover the view at ${at}`).toBeNull();
    const first = rows[0]!.index;
    const core = await callFromPage<SearchResponse>(page, 'search:query', {
      query,
      offset: first,
      limit: rows.length,
    });
    expect(
      rows.map((r) => r.id),
      `rows ${first}..${first + rows.length - 1} are the core's`,
    ).toEqual(core.results.map((r) => r.id));
    expect(rows.map((r) => r.index)).toEqual(rows.map((_, i) => first + i));
  }
}

/** The rows inside the visible body, in order, with their position relative to its top. */
function shownRows(page: Page): Promise<ShownRow[]> {
  return page.getByTestId('results').evaluate((el) => {
    const header = 34;
    const view = el.getBoundingClientRect();
    const top = view.top + el.clientTop + header;
    const bottom = view.top + el.clientTop + el.clientHeight;
    return [...el.querySelectorAll<HTMLElement>('.results-body [role="row"]')]
      .map((r) => ({ r, box: r.getBoundingClientRect() }))
      .filter(({ box }) => box.bottom > top + 1 && box.top < bottom - 1)
      .map(({ r, box }) => ({
        index: Number(r.getAttribute('aria-rowindex')) - 2,
        id: r.dataset.id ? Number(r.dataset.id) : null,
        top: box.top - top,
        bottom: box.bottom - top,
      }))
      .sort((a, b) => a.index - b.index);
  });
}

/** Where the rows leave a hole in the first `height` px of the body (0: only that rows exist), or null. */
function coverageGap(rows: ShownRow[], height: number): string | null {
  if (rows.length === 0) return 'no rows';
  if (rows.some((r) => r.id === null)) return 'a row is still loading';
  for (let y = 1; y < height - 1; y += 4) {
    if (!rows.some((r) => r.top <= y && y < r.bottom)) return `gap at ${y}px`;
  }
  return null;
}
