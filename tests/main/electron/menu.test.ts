import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuActions } from '../../../src/main/electron/menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('the app menu', () => {
  const called: string[] = [];
  const actions: MenuActions = {
    openArchive: () => called.push('openArchive'),
    openFolder: () => called.push('openFolder'),
    openSample: () => called.push('openSample'),
    reindex: () => called.push('reindex'),
    about: () => called.push('about'),
  };

  it('offers reload and DevTools only in development', () => {
    expect(roles(menuTemplate(actions, { isDev: false, isMac: false }))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate(actions, { isDev: false, isMac: false }))).not.toContain('reload');
    expect(roles(menuTemplate(actions, { isDev: true, isMac: false }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('wires File and Help items to the actions', () => {
    const file = menuTemplate(actions, { isDev: false, isMac: false }).find((m) => m.label === 'File')!;
    const help = menuTemplate(actions, { isDev: false, isMac: false }).find((m) => m.role === 'help')!;
    for (const item of [
      ...(file.submenu as MenuItemConstructorOptions[]),
      ...(help.submenu as MenuItemConstructorOptions[]),
    ]) {
      (item.click as (() => void) | undefined)?.();
    }
    expect(called).toEqual(['openFolder', 'openArchive', 'openSample', 'reindex', 'about']);
    expect(roles([file])).toContain('quit');
  });
});
