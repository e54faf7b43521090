import type { Result } from '../../shared/api/types';
import { contract, type Channel, type ResponseOf } from '../../shared/ipc/contract';
import { toApiError } from './errors';
import type { Handlers } from './handlers/types';

export type Dispatch = (channel: string, rawRequest: unknown) => Promise<Result<unknown>>;

export function isChannel(name: string): name is Channel {
  // hasOwn, not `in`: '__proto__' or 'toString' must not pass as channels.
  return Object.hasOwn(contract, name);
}

/**
 * The single entry of both transports: validates the raw payload against the channel's schema
 * BEFORE any work, runs the handler, and turns every outcome into a Result.
 */
export function createDispatch(handlers: Handlers, log: Pick<Console, 'error'> = console): Dispatch {
  return async (channel, rawRequest) => {
    if (!isChannel(channel)) return { ok: false, error: { code: 'invalid-request', message: 'Unknown channel.' } };
    const parsed = contract[channel].request.safeParse(rawRequest);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`)
        .join('; ');
      return { ok: false, error: { code: 'invalid-request', message: `Invalid request for ${channel}: ${detail}` } };
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<ResponseOf<Channel>>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      return { ok: false, error: toApiError(err, channel, log) };
    }
  };
}
