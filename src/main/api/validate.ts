import type { Result } from '../../shared/api/types';
import { contract, type Channel } from '../../shared/ipc/contract';

export function isChannel(name: string): name is Channel {
  // hasOwn, not `in`: '__proto__' or 'toString' must not pass as channels.
  return Object.hasOwn(contract, name);
}

/**
 * Checks a raw payload against its channel's schema BEFORE any work: the parsed request, or
 * the invalid-request Result to send back. Used where requests enter (dispatch, the relay).
 */
export function validateRequest(
  channel: string,
  rawRequest: unknown,
): { ok: true; channel: Channel; request: unknown } | { ok: false; result: Result<never> } {
  if (!isChannel(channel))
    return { ok: false, result: { ok: false, error: { code: 'invalid-request', message: 'Unknown channel.' } } };
  const parsed = contract[channel].request.safeParse(rawRequest);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`)
      .join('; ');
    return {
      ok: false,
      result: { ok: false, error: { code: 'invalid-request', message: `Invalid request for ${channel}: ${detail}` } },
    };
  }
  return { ok: true, channel, request: parsed.data };
}
