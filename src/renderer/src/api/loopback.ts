// The browser side of the loopback transport (src/main/loopback): the contract over HTTP on
// 127.0.0.1 for the e2e tests. Used only when window.edgar is absent. The server puts its
// per-run token into the page it serves; every request carries it back.
import type { Result } from '../../../shared/api/types';
import type { Listener, Unsubscribe } from '../../../shared/ipc/api';
import type { Channel, EventName } from '../../../shared/ipc/contract';
import { LOOPBACK_TOKEN_HEADER, LOOPBACK_TOKEN_META } from '../../../shared/ipc/loopback';

function readToken(): string {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${LOOPBACK_TOKEN_META}"]`);
  return meta?.content ?? new URLSearchParams(location.search).get('token') ?? '';
}

function unavailable(message: string): Result<never> {
  return { ok: false, error: { code: 'unavailable', message } };
}

export function loopbackTransport() {
  const token = typeof document === 'undefined' ? '' : readToken();
  let events: EventSource | null = null;

  async function invoke(channel: Channel, request: unknown): Promise<Result<unknown>> {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [LOOPBACK_TOKEN_HEADER]: token },
        body: request === undefined ? '' : JSON.stringify(request),
      });
    } catch {
      return unavailable('The archive service is not reachable.');
    }
    if (!response.ok) return unavailable(`The archive service answered ${response.status}.`);
    return (await response.json()) as Result<unknown>;
  }

  function on<E extends EventName>(event: E, listener: Listener<E>): Unsubscribe {
    events ??= new EventSource(`/events?token=${encodeURIComponent(token)}`);
    const source = events;
    const handle = (message: MessageEvent<string>) => listener(JSON.parse(message.data));
    source.addEventListener(event, handle);
    return () => source.removeEventListener(event, handle);
  }

  return { invoke, on };
}
