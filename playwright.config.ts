import { defineConfig } from '@playwright/test';

// End-to-end tests run the BUILT renderer (`npm run test:e2e` builds first) in Debian's
// Chromium, against the real archive core through the loopback transport (tests/e2e/fixtures.ts).
// electron.spec.ts drives the real app instead, where an Electron binary is installed.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  workers: process.env.CI ? 1 : undefined,
  // The JSON report feeds the closing line of CI (scripts/test-summary.mjs).
  // skip-reasons prints why each skipped test was skipped (the list reporter does not).
  reporter: [['list'], ['./tests/e2e/reporters/skip-reasons.ts'], ['json', { outputFile: 'reports/playwright.json' }]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  use: {
    headless: true,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
