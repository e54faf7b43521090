import type { ApiError, ApiErrorCode } from '../../shared/api/types';

/** An error a handler throws on purpose; its code and message go to the renderer as they are. */
export class ApiFailure extends Error {
  constructor(
    readonly code: Exclude<ApiErrorCode, 'internal'>,
    message: string,
    readonly position?: number,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export const notFound = (what: string) => new ApiFailure('not-found', `${what} was not found.`);
export const busy = (message: string) => new ApiFailure('busy', message);
/** The value, or a not-found failure naming what was missing. */
export function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw notFound(what);
  return value;
}
export const invalid = (message: string) => new ApiFailure('invalid-request', message);

/** The search module's QuerySyntaxError, recognised by shape so bundling cannot break instanceof. */
function isQuerySyntaxError(err: unknown): err is Error & { position: number } {
  return (
    err instanceof Error &&
    err.name === 'QuerySyntaxError' &&
    typeof (err as { position?: unknown }).position === 'number'
  );
}

/**
 * Maps anything a handler threw to what may cross the boundary. Unexpected errors are logged
 * here in full and leave only a generic message: no stack or internals reach the page.
 */
export function toApiError(err: unknown, channel: string, log: Pick<Console, 'error'> = console): ApiError {
  if (err instanceof ApiFailure) {
    return err.position === undefined
      ? { code: err.code, message: err.message }
      : { code: err.code, message: err.message, position: err.position };
  }
  if (isQuerySyntaxError(err)) return { code: 'query-syntax', message: err.message, position: err.position };
  // The search backend's cluster did not answer (core/opensearch/client-errors.ts): say so.
  if (err instanceof Error && err.name === 'BackendUnavailableError')
    return { code: 'unavailable', message: err.message };
  log.error(`[api] ${channel} failed:`, err);
  return { code: 'internal', message: 'Something went wrong in the archive. Details are in the log.' };
}
