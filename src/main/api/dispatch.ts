import type { Result } from '../../shared/api/types';
import type { Channel, ResponseOf } from '../../shared/ipc/contract';
import { toApiError } from './errors';
import type { Handlers } from './handlers/types';
import { validateRequest } from './validate';

export { isChannel } from './validate';

/**
 * A transport's way into the archive. `origin` names who asked (the IPC sender's web contents
 * id), so the relay can let a newer search of one window replace its older one.
 */
export type Dispatch = (channel: string, rawRequest: unknown, origin?: number) => Promise<Result<unknown>>;

/**
 * The single entry of both transports: validates the raw payload against the channel's schema
 * BEFORE any work, runs the handler, and turns every outcome into a Result.
 */
export function createDispatch(handlers: Handlers, log: Pick<Console, 'error'> = console): Dispatch {
  return async (channel, rawRequest) => {
    const valid = validateRequest(channel, rawRequest);
    if (!valid.ok) return valid.result;
    try {
      const handler = handlers[valid.channel] as (request: unknown) => Promise<ResponseOf<Channel>>;
      return { ok: true, value: await handler(valid.request) };
    } catch (err) {
      return { ok: false, error: toApiError(err, channel, log) };
    }
  };
}
