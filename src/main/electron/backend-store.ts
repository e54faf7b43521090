// The search backend's settings in userData/backend.json, the secret (a password or a key's
// passphrase) encrypted with Electron's safeStorage (the system keychain: Keychain, DPAPI,
// libsecret/kwallet). Only this main-process store decrypts it, to hand it to the archive
// process that connects; the page is only ever told whether one is stored.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SafeStorage } from 'electron';
import {
  backendSettingsOf,
  DEFAULT_BACKEND_SETTINGS,
  type BackendSettingsStore,
  type StoredBackend,
} from '../api/backend-settings';

export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;

interface FileShape {
  settings?: unknown;
  /** base64 of safeStorage.encryptString(secret). */
  secret?: string;
}

export class SecretStorageUnavailableError extends Error {
  constructor() {
    super(
      'This system offers no encrypted storage for passwords (no keychain or secret service is available), so the password was not saved.',
    );
  }
}

export function backendStore(path: string, safeStorage: SafeStorageLike): BackendSettingsStore {
  const read = (): FileShape => {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
      return typeof parsed === 'object' && parsed !== null ? (parsed as FileShape) : {};
    } catch {
      return {}; // missing or damaged: defaults
    }
  };
  const decrypt = (sealed: string | undefined): string | null => {
    if (!sealed || !safeStorage.isEncryptionAvailable()) return null;
    try {
      return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    } catch {
      return null; // sealed by another user or machine: as if none were stored
    }
  };
  const load = (): StoredBackend => {
    const file = read();
    return {
      settings: file.settings === undefined ? DEFAULT_BACKEND_SETTINGS : backendSettingsOf(file.settings),
      secret: decrypt(file.secret),
      secretStorage: safeStorage.isEncryptionAvailable(),
    };
  };
  return {
    loadBackendSettings: async () => load(),
    async saveBackendSettings(settings, secret) {
      const file = read();
      let sealed = file.secret;
      if (secret === null) sealed = undefined;
      else if (secret !== undefined) {
        if (!safeStorage.isEncryptionAvailable()) throw new SecretStorageUnavailableError();
        sealed = safeStorage.encryptString(secret).toString('base64');
      }
      const next: FileShape = { settings: backendSettingsOf(settings), ...(sealed ? { secret: sealed } : {}) };
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(`${path}.tmp`, JSON.stringify(next, null, 2) + '\n', { mode: 0o600 });
      renameSync(`${path}.tmp`, path);
      return load();
    },
  };
}
