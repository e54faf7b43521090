import { test as base, expect, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOOPBACK_TOKEN_HEADER, LOOPBACK_TOKEN_META } from '../../src/shared/ipc/loopback';
import { createLoopbackPlatform } from '../../src/main/loopback/platform';
import { REPO_SAMPLES, startLoopbackServer, type LoopbackServer } from '../../src/main/loopback/server';

export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIR = join(REPO_DIR, 'out', 'renderer');
/** ../shared/seeds when the corpus is beside the clone (CI); the sample archive carries copies. */
const SHARED_SEEDS = join(process.env.EDGAR_SHARED_DIR ?? resolve(REPO_DIR, '..', 'shared'), 'seeds');
export const SEEDS = existsSync(SHARED_SEEDS)
  ? [join(SHARED_SEEDS, '000_0dea11edb6d45523.txt'), join(SHARED_SEEDS, '001_26ba4f6a7aa7389e.txt')]
  : [join(REPO_SAMPLES, 'seed-8k-2004-03-wamu-mortgage.txt'), join(REPO_SAMPLES, 'seed-8k-2004-02-wamu-mortgage.txt')];

export interface Dirs {
  /** The test's own temporary folder; everything below lives in it. */
  root: string;
  db: string;
  /** What the "Open folder…" dialog answers: fill it before clicking. */
  data: string;
  /** Where "save" dialogs write. */
  save: string;
}

interface Fixtures {
  dirs: Dirs;
  /** The server's desktop stand-in: dialogs answer from `dirs`, shell calls are recorded. */
  platform: ReturnType<typeof createLoopbackPlatform>;
  server: LoopbackServer;
  /** Uncaught errors and console errors of the page (CSP violations included). */
  pageErrors: string[];
}

/**
 * Chromium's note that the viewer's sandboxed frame refused a script. Recording a trace
 * (retain-on-failure) causes it: Playwright's DOM snapshotter evaluates in each frame's main
 * world, and the sandbox blocks that. The frame's content can cause it too, which is why the
 * viewer's HTML test checks directly that no script ran and no script element survived.
 */
const tracerNoise = (text: string) => /^Blocked script execution in 'about:srcdoc(#[^']*)?'/.test(text);

/**
 * Each test gets a fresh database and folders, its own loopback server over the real archive
 * core, and `page` already open at the server's URL.
 */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  dirs: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'edgar-e2e-'));
    const dirs = { root, db: join(root, 'archive.db'), data: join(root, 'data'), save: join(root, 'save') };
    mkdirSync(dirs.data);
    mkdirSync(dirs.save);
    await use(dirs);
    rmSync(root, { recursive: true, force: true });
  },
  platform: async ({ dirs }, use) => {
    await use(createLoopbackPlatform({ samplesDir: REPO_SAMPLES, folder: dirs.data, saveDir: dirs.save }));
  },
  server: async ({ dirs, platform }, use) => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      throw new Error(`No built renderer at ${RENDERER_DIR}: run "npx electron-vite build" (npm run test:e2e does).`);
    }
    const server = await startLoopbackServer({ dbPath: dirs.db, rendererDir: RENDERER_DIR, platform });
    await use(server);
    await server.close();
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  pageErrors: async ({}, use) => use([]),
  page: async ({ page, server, pageErrors }, use) => {
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on(
      'console',
      (msg) => void (msg.type() === 'error' && !tracerNoise(msg.text()) && pageErrors.push(msg.text())),
    );
    page.on('response', (res) => void (res.status() >= 400 && pageErrors.push(`${res.status()} ${res.url()}`)));
    await page.goto(server.url);
    await use(page);
  },
});

export { expect };

/** Calls a contract channel from inside the page, over the same transport the renderer uses. */
export async function callFromPage<T>(page: Page, channel: string, request?: unknown): Promise<T> {
  return page.evaluate(
    async ([ch, req, metaName, header]) => {
      // This runs in the page; the test's tsconfig has no DOM types, hence the narrow cast.
      const doc = (globalThis as unknown as { document: { querySelector(s: string): { content: string } | null } })
        .document;
      const token = doc.querySelector(`meta[name="${metaName}"]`)?.content ?? '';
      const res = await fetch(`/api/${ch}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [header]: token },
        body: req === undefined ? '' : JSON.stringify(req),
      });
      const result = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value as T;
    },
    [channel, request, LOOPBACK_TOKEN_META, LOOPBACK_TOKEN_HEADER] as const,
  );
}
