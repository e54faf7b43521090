// Screenshots of a changed screen at the two sizes the UI is checked at, light and dark.
import type { Locator, Page } from '@playwright/test';
import { screenshotBoth } from './ui';

export const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 600 },
] as const;

/**
 * `name-1280x800-light.png` ... under test-results/screenshots/, with `show` scrolled into
 * view at each size; the viewport is restored.
 */
export async function screenshotSizes(page: Page, name: string, show?: Locator): Promise<void> {
  const before = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await show?.scrollIntoViewIfNeeded();
    await screenshotBoth(page, `${name}-${size.width}x${size.height}`);
  }
  if (before) await page.setViewportSize(before);
}
