// The options every command that reaches a backend takes (search, export, index, reconcile):
// --backend sqlite|opensearch --url URL [--user U] [--ca FILE] [--cert FILE --key FILE]
// [--index NAME], each with its environment variable (core/opensearch/settings.ts).
import {
  BackendConfigError,
  backendFrom,
  openSearchSettingsFrom,
  type OpenSearchSettings,
} from '../core/opensearch/settings';
import { UsageError } from './args';

export const BACKEND_OPTIONS = {
  backend: { type: 'string' },
  url: { type: 'string' },
  user: { type: 'string' },
  ca: { type: 'string' },
  cert: { type: 'string' },
  key: { type: 'string' },
  index: { type: 'string' },
} as const;

export const BACKEND_USAGE =
  '[--backend sqlite|opensearch --url URL [--user U] [--ca FILE] [--cert FILE --key FILE] [--index NAME]]';

type Values = Partial<Record<keyof typeof BACKEND_OPTIONS, string | boolean | undefined>>;

const text = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

/** The OpenSearch settings when the options (or the environment) choose it; undefined for SQLite. */
export function openSearchOptionFrom(
  values: Values,
  opts: { required?: boolean } = {},
): OpenSearchSettings | undefined {
  const v = {
    backend: text(values.backend),
    url: text(values.url),
    user: text(values.user),
    ca: text(values.ca),
    cert: text(values.cert),
    key: text(values.key),
    index: text(values.index),
  };
  try {
    return opts.required || backendFrom(v) === 'opensearch' ? openSearchSettingsFrom(v) : undefined;
  } catch (err) {
    if (err instanceof BackendConfigError) throw new UsageError(err.message);
    throw err;
  }
}
