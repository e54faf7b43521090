// The backend settings' store of the app: the secret is sealed with safeStorage (a fake here
// that really transforms the bytes), never written in clear, and refused when the system
// cannot encrypt.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_BACKEND_SETTINGS } from '../../../src/main/api/backend-settings';
import { backendStore } from '../../../src/main/electron/backend-store';
import type { BackendSettings } from '../../../src/shared/api/types';
import { fakeSafeStorage } from './fakes';

const OPENSEARCH: BackendSettings = {
  ...DEFAULT_BACKEND_SETTINGS,
  backend: 'opensearch',
  url: 'https://search.example:9200',
  auth: 'basic',
  user: 'analyst',
};

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const file = () => join((dir = mkdtempSync(join(tmpdir(), 'backend-store-'))), 'backend.json');

describe('backendStore', () => {
  it('defaults to the embedded backend with no secret', async () => {
    const store = backendStore(file(), fakeSafeStorage());
    expect(await store.loadBackendSettings()).toEqual({
      settings: DEFAULT_BACKEND_SETTINGS,
      secret: null,
      secretStorage: true,
    });
  });

  it('seals the password: the file never holds it in clear, and only the store opens it', async () => {
    const path = file();
    const safe = fakeSafeStorage();
    const store = backendStore(path, safe);
    const saved = await store.saveBackendSettings(OPENSEARCH, 'hunter2-correct-horse');
    expect(saved).toEqual({ settings: OPENSEARCH, secret: 'hunter2-correct-horse', secretStorage: true });
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text).settings).toEqual(OPENSEARCH);
    expect(statSync(path).mode & 0o077).toBe(0);
    // Saving without a secret keeps it; null removes it.
    expect((await store.saveBackendSettings({ ...OPENSEARCH, user: 'other' }, undefined)).secret).toBe(
      'hunter2-correct-horse',
    );
    expect(safe.calls).toBe(1);
    expect((await store.saveBackendSettings(OPENSEARCH, null)).secret).toBeNull();
    expect(readFileSync(path, 'utf8')).not.toContain('secret');
  });

  it('refuses to store a secret where the system cannot encrypt, and stores nothing', async () => {
    const path = file();
    const store = backendStore(path, fakeSafeStorage(false));
    await expect(store.saveBackendSettings(OPENSEARCH, 'pw')).rejects.toThrow(/no encrypted storage/);
    expect((await store.loadBackendSettings()).secretStorage).toBe(false);
    expect((await store.loadBackendSettings()).settings).toEqual(DEFAULT_BACKEND_SETTINGS);
    // Settings without a secret still save.
    expect((await store.saveBackendSettings({ ...OPENSEARCH, auth: 'none' }, undefined)).settings.backend).toBe(
      'opensearch',
    );
  });

  it('reads a damaged file, or a secret sealed elsewhere, as defaults and no secret', async () => {
    const path = file();
    writeFileSync(path, '{ not json');
    expect((await backendStore(path, fakeSafeStorage()).loadBackendSettings()).settings).toEqual(
      DEFAULT_BACKEND_SETTINGS,
    );
    await backendStore(path, fakeSafeStorage(true, 0x11)).saveBackendSettings(OPENSEARCH, 'pw');
    const other = await backendStore(path, fakeSafeStorage(true, 0x22)).loadBackendSettings();
    expect(other.settings).toEqual(OPENSEARCH);
    expect(other.secret).toBeNull();
  });
});
