// Where the OpenSearch backend is: from CLI options, else environment variables (no client is
// loaded here, so a command that parses these options starts fast). The password is read only from the environment (never from a command line, which
// other users of the machine can see).
import { DEFAULT_INDEX } from './mapping';

export type BackendName = 'sqlite' | 'opensearch';

export interface OpenSearchSettings {
  url: string;
  index: string;
  user?: string;
  password?: string;
  /** A CA certificate file (PEM) for a cluster with its own certificate authority. */
  ca?: string;
  /** A client certificate and its key (PEM files), for clusters that authenticate by certificate. */
  cert?: string;
  key?: string;
  /** The key's passphrase (from the environment or the app's encrypted store, never a command line). */
  passphrase?: string;
}

export interface BackendOptionValues {
  backend?: string;
  url?: string;
  user?: string;
  ca?: string;
  cert?: string;
  key?: string;
  index?: string;
}

export class BackendConfigError extends Error {}

export function backendFrom(values: BackendOptionValues, env: NodeJS.ProcessEnv = process.env): BackendName {
  const name = values.backend ?? env.EDGAR_ARCHIVE_BACKEND ?? 'sqlite';
  if (name !== 'sqlite' && name !== 'opensearch')
    throw new BackendConfigError(`--backend takes sqlite or opensearch, not ${name}`);
  return name;
}

export function openSearchSettingsFrom(
  values: BackendOptionValues,
  env: NodeJS.ProcessEnv = process.env,
): OpenSearchSettings {
  const url = values.url ?? env.EDGAR_OPENSEARCH_URL;
  if (!url) throw new BackendConfigError('the opensearch backend needs --url URL (or EDGAR_OPENSEARCH_URL)');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BackendConfigError(`--url is not a URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new BackendConfigError(`--url must be http(s): ${url}`);
  const cert = values.cert ?? env.EDGAR_OPENSEARCH_CERT;
  const key = values.key ?? env.EDGAR_OPENSEARCH_KEY;
  if (Boolean(cert) !== Boolean(key))
    throw new BackendConfigError('a client certificate needs both --cert FILE and --key FILE');
  return {
    url: parsed.origin,
    index: values.index ?? env.EDGAR_OPENSEARCH_INDEX ?? DEFAULT_INDEX,
    user: values.user ?? env.EDGAR_OPENSEARCH_USER,
    password: env.EDGAR_OPENSEARCH_PASSWORD,
    ca: values.ca ?? env.EDGAR_OPENSEARCH_CA,
    cert,
    key,
    passphrase: env.EDGAR_OPENSEARCH_KEY_PASSPHRASE,
  };
}

/** The sync state's name for a target: the cluster and the index. */
export const syncTarget = (s: OpenSearchSettings) => `${s.url}/${s.index}`;
