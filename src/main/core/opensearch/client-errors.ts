// What an OpenSearch client error means, in one phrase a person can act on (nothing
// listening, a name that does not resolve, a certificate refused, credentials refused), and
// the error the backend throws when the cluster cannot answer.

/** How long "Test connection" waits for an answer. */
export const CONNECT_TIMEOUT_MS = 5_000;

/** The cluster could not answer a search; the API answers 'unavailable' with this message. */
export class BackendUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackendUnavailableError';
  }
}

/** Runs a request of the backend, turning a failure to reach the cluster into BackendUnavailableError. */
export async function reaching<T>(url: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (err) {
    const e = err as ClientError;
    const connection = /ConnectionError|TimeoutError|NoLivingConnectionsError/.test(e.name ?? '');
    const status = e.meta?.statusCode ?? 0;
    if (connection || status === 401 || status === 403 || status >= 500)
      throw new BackendUnavailableError(`The OpenSearch backend could not answer: ${reason(err, url)}.`);
    throw err;
  }
}

interface ClientError {
  name?: string;
  message?: string;
  code?: string;
  meta?: { statusCode?: number | null; body?: unknown };
  cause?: { code?: string };
}

export function reason(err: unknown, url: string): string {
  const e = (err ?? {}) as ClientError;
  const status = e.meta?.statusCode;
  if (status === 401) return `${url} refused the credentials (401): check the user and password, or the certificate`;
  if (status === 403) return `${url} denied access (403): the user may not read the index`;
  const text = `${e.message ?? ''} ${e.code ?? ''} ${e.cause?.code ?? ''}`;
  if (/ECONNREFUSED/.test(text)) return `nothing is listening at ${url} (connection refused)`;
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return `the host of ${url} was not found`;
  if (/ETIMEDOUT|TimeoutError|Request timed out/i.test(`${e.name ?? ''} ${text}`))
    return `${url} did not answer within ${CONNECT_TIMEOUT_MS / 1000} s`;
  if (/CERT|certificate|self.signed|SSL|TLS/i.test(text)) return `the TLS connection to ${url} failed: ${e.message}`;
  if (/ENOENT|EACCES/.test(text)) return `a certificate or key file could not be read: ${e.message}`;
  return `${url} could not be reached: ${e.message ?? String(err)}`;
}
