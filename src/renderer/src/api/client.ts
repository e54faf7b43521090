// The renderer's one door to the archive. In Electron the preload exposes window.edgar; in a
// plain browser (the e2e tests) the same contract is served over HTTP on 127.0.0.1 by the
// loopback server. Either way callers get values and ApiError rejections, never Results.
import { useEffect, useRef } from 'react';
import type { ApiError, Result } from '../../../shared/api/types';
import { buildMethods, type ClientApi, type EdgarApi } from '../../../shared/ipc/api';
import type { Channel, EventName, Events, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { loopbackTransport } from './loopback';

export type { ApiError } from '../../../shared/api/types';
export type { ClientApi } from '../../../shared/ipc/api';

declare global {
  interface Window {
    edgar?: EdgarApi;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** Unwraps a Result, rejecting with the ApiError itself (a plain object, not an Error). */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw result.error;
}

function electronTransport(edgar: EdgarApi) {
  return {
    invoke(channel: Channel, request: unknown): Promise<Result<unknown>> {
      const method = edgar[channel] as (request: unknown) => Promise<Result<unknown>>;
      return method(request);
    },
    on: edgar.on,
  };
}

const transport = typeof window !== 'undefined' && window.edgar ? electronTransport(window.edgar) : loopbackTransport();

/** Calls one channel by name; handy for generic hooks. */
export async function call<C extends Channel>(channel: C, request?: RequestOf<C>): Promise<ResponseOf<C>> {
  return unwrap((await transport.invoke(channel, request)) as Result<ResponseOf<C>>);
}

export const api: ClientApi = {
  ...buildMethods<ClientApi>((channel, request) => call(channel, request as never)),
  on: (event, listener) => transport.on(event, listener),
};

/**
 * Subscribes to a contract event for the component's lifetime. The latest callback is kept
 * in a ref so callers may pass inline functions without resubscribing on every render.
 */
export function useEvent<E extends EventName>(event: E, callback: (payload: Events[E]) => void): void {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => api.on(event, (payload) => latest.current(payload)), [event]);
}
