// Contrast of the faintest text, the window's heading, and the theme switch (system, light, dark).
import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SEEDS, test } from './fixtures';
import { screenshotBoth, waitForIndexed } from './helpers/ui';

/** Contrast ratio (WCAG) of two CSS custom properties as the page resolves them. */
function contrast(page: Page, fg: string, bg: string): Promise<number> {
  return page.evaluate(
    ([f, b]) => {
      const probe = document.createElement('div');
      document.body.append(probe);
      const rgb = (v: string) => {
        probe.style.color = `var(${v})`;
        return getComputedStyle(probe)
          .color.match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map(Number);
      };
      const lum = (c: number[]) => {
        const [r, g, bl] = c.map((x) => {
          const s = x / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
      };
      const [x, y] = [lum(rgb(f)), lum(rgb(b))].sort((p, q) => q - p);
      probe.remove();
      return (x + 0.05) / (y + 0.05);
    },
    [fg, bg] as const,
  );
}

test('faint text reaches 4.5:1 in both themes; the window has an h1; the theme switch cycles system, light, dark', async ({
  page,
  dirs,
}) => {
  for (const seed of SEEDS) copyFileSync(seed, join(dirs.data, basename(seed)));
  await page.getByRole('button', { name: 'Open folder…' }).click();
  await waitForIndexed(page, 2);
  await expect(page.getByRole('heading', { level: 1, name: 'EDGAR Archive' })).toBeAttached();

  const html = page.locator('html');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(html).toHaveAttribute('data-theme', scheme); // "system" follows the OS
    for (const bg of ['--bg', '--surface', '--surface-2'])
      expect(await contrast(page, '--text-faint', bg), `${scheme} --text-faint on ${bg}`).toBeGreaterThanOrEqual(4.5);
  }

  // With the OS dark: light, then dark, then back to following the OS; the choice survives a reload.
  const toggle = page.getByTestId('theme-switch');
  await expect(toggle).toHaveAccessibleName(/^Theme: system/);
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('theme-switch').click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'dark'); // a choice, not the OS
  await page.getByTestId('theme-switch').click();
  await expect(html).toHaveAttribute('data-theme', 'light'); // system again
  await screenshotBoth(page, 'theme-topbar');
});
