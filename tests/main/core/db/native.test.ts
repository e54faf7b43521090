import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectNativeBinding } from '../../../../src/main/core/db/native';
import { openDatabase } from '../../../../src/main/core/db/open';

const APP = '/opt/edgar-archive';
const electron = { ...process.versions, electron: '43.8.0', modules: '145' } as NodeJS.ProcessVersions;
const electronBuild = join(APP, 'native', 'electron-145', 'better_sqlite3.node');

describe('selectNativeBinding', () => {
  it("leaves Node to better-sqlite3's own build", () => {
    const node = { ...process.versions } as NodeJS.ProcessVersions;
    delete (node as { electron?: string }).electron;
    expect(selectNativeBinding(node, APP, () => true)).toBeUndefined();
  });

  it('picks the Electron build for the running ABI under Electron', () => {
    const probed: string[] = [];
    const exists = (p: string) => (probed.push(p), p === electronBuild);
    expect(selectNativeBinding(electron, APP, exists)).toBe(electronBuild);
    expect(probed).toEqual([electronBuild]);
  });

  it('does not take a build made for another Electron ABI', () => {
    const other = join(APP, 'native', 'electron-139', 'better_sqlite3.node');
    expect(() => selectNativeBinding(electron, APP, (p) => p === other)).toThrow(/ABI 145/);
  });

  it('says where the module is missing and how to make it', () => {
    expect(() => selectNativeBinding(electron, APP, () => false)).toThrow(
      `The SQLite module for Electron (ABI 145) is missing at ${electronBuild}. Run "npm run prepare:native" with internet access.`,
    );
  });

  it('is what openDatabase uses: under Node the database opens with no native/ folder at all', () => {
    const db = openDatabase(':memory:', { appRoot: '/nonexistent' });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    db.close();
  });
});
