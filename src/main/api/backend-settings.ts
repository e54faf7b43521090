// The search backend's settings as stored at the Electron edge (secrets encrypted there) and
// what the archive side makes of them: the OpenSearch settings a client is built from.
import type { BackendSettings, BackendSettingsView } from '../../shared/api/types';
import { DEFAULT_INDEX } from '../core/opensearch/mapping';
import { BackendConfigError, openSearchSettingsFrom, type OpenSearchSettings } from '../core/opensearch/settings';
import { invalid } from './errors';
import type { Platform } from './platform';

/** The settings with their secret (a password or a key's passphrase), never sent to the page. */
export interface StoredBackend {
  settings: BackendSettings;
  secret: string | null;
  /** Whether the platform stores secrets encrypted. */
  secretStorage: boolean;
}

export const DEFAULT_BACKEND_SETTINGS: BackendSettings = {
  backend: 'sqlite',
  url: '',
  index: DEFAULT_INDEX,
  auth: 'none',
  user: '',
  caFile: '',
  certFile: '',
  keyFile: '',
};

/** Settings read from a file of any age or shape: unknown keys dropped, missing ones defaulted. */
export function backendSettingsOf(value: unknown): BackendSettings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const text = (key: keyof BackendSettings) =>
    typeof v[key] === 'string' ? (v[key] as string) : (DEFAULT_BACKEND_SETTINGS[key] as string);
  return {
    backend: v.backend === 'opensearch' ? 'opensearch' : 'sqlite',
    url: text('url'),
    index: text('index') || DEFAULT_INDEX,
    auth: v.auth === 'basic' || v.auth === 'certificate' ? v.auth : 'none',
    user: text('user'),
    caFile: text('caFile'),
    certFile: text('certFile'),
    keyFile: text('keyFile'),
  };
}

export function viewOf(stored: StoredBackend): BackendSettingsView {
  return { ...stored.settings, secretSet: stored.secret !== null, secretStorage: stored.secretStorage };
}

/** The OpenSearch settings of stored ones; an invalid-request failure naming what is wrong. */
export function openSearchSettingsOf(s: BackendSettings, secret: string | null): OpenSearchSettings {
  if (!s.url.trim()) throw invalid("Enter the cluster's URL, for example http://localhost:9200.");
  if (s.auth === 'basic' && !s.user) throw invalid('Basic authentication needs a user name.');
  if (s.auth === 'certificate' && (!s.certFile || !s.keyFile))
    throw invalid('Certificate authentication needs a certificate file and a key file.');
  try {
    const o = openSearchSettingsFrom(
      {
        url: s.url,
        index: s.index || DEFAULT_INDEX,
        ca: s.caFile || undefined,
        user: s.auth === 'basic' ? s.user : undefined,
        cert: s.auth === 'certificate' ? s.certFile : undefined,
        key: s.auth === 'certificate' ? s.keyFile : undefined,
      },
      {}, // the app's settings only: never the environment of whoever started it
    );
    if (s.auth === 'basic') o.password = secret ?? '';
    if (s.auth === 'certificate' && secret) o.passphrase = secret;
    return o;
  } catch (err) {
    if (err instanceof BackendConfigError) throw invalid(err.message.replace(/^--url/, 'The URL'));
    throw err;
  }
}

export type BackendSettingsStore = Pick<Platform, 'loadBackendSettings' | 'saveBackendSettings'>;

/**
 * Settings held in memory (the loopback server of the e2e tests, unit tests): the secret is
 * kept as given, so this store is for tests only; the app's is `electron/backend-store.ts`.
 */
export function memoryBackendStore(initial: Partial<StoredBackend> = {}): BackendSettingsStore {
  let stored: StoredBackend = {
    settings: initial.settings ?? DEFAULT_BACKEND_SETTINGS,
    secret: initial.secret ?? null,
    secretStorage: initial.secretStorage ?? true,
  };
  return {
    loadBackendSettings: async () => stored,
    saveBackendSettings: async (settings, secret) => {
      stored = {
        ...stored,
        settings: backendSettingsOf(settings),
        secret: secret === undefined ? stored.secret : secret,
      };
      return stored;
    },
  };
}
