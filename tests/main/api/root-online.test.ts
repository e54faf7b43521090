import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRootOnline } from '../../../src/main/api/root-online';

const work = mkdtempSync(join(tmpdir(), 'root-online-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an archive folder online or offline', () => {
  it('is online when it is a readable folder with files, or an empty folder the archive holds nothing from', () => {
    const full = join(work, 'full');
    mkdirSync(full);
    writeFileSync(join(full, 'a.txt'), 'x');
    expect(isRootOnline({ path: full, files: 3 })).toBe(true);
    const fresh = join(work, 'fresh');
    mkdirSync(fresh);
    expect(isRootOnline({ path: fresh, files: 0 })).toBe(true);
  });

  it('is offline when missing, not a folder, or an empty mount point of a disk the archive has files from', () => {
    expect(isRootOnline({ path: join(work, 'gone'), files: 3 })).toBe(false);
    const file = join(work, 'file.txt');
    writeFileSync(file, 'x');
    expect(isRootOnline({ path: file, files: 0 })).toBe(false);
    const mountPoint = join(work, 'mnt-usb');
    mkdirSync(mountPoint);
    expect(isRootOnline({ path: mountPoint, files: 12 })).toBe(false);
  });
});
