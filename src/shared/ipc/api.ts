// The typed API derived from the contract: the preload exposes `EdgarApi` as window.edgar, the
// renderer's client wraps it (or the loopback transport) as `ClientApi`. Both have one method
// per channel, keyed by the channel's name (api['search:query'](req)); nothing is written per
// channel, so a channel added to the contract appears on every side at once.
import type { Result } from '../api/types';
import type { Channel, EventName, Events, RequestOf, ResponseOf } from './contract';
import { CHANNEL_NAMES } from './names';

/** The request argument, optional when the channel accepts none. */
export type RequestArgs<C extends Channel> =
  undefined extends RequestOf<C> ? [request?: RequestOf<C>] : [request: RequestOf<C>];

export type Unsubscribe = () => void;
export type Listener<E extends EventName> = (payload: Events[E]) => void;

export interface EventSubscriber {
  /** Subscribes to one of the contract's events; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: Listener<E>): Unsubscribe;
}

/** window.edgar: one method per channel resolving to a Result (errors never cross as throws). */
export type EdgarApi = {
  readonly [C in Channel]: (...args: RequestArgs<C>) => Promise<Result<ResponseOf<C>>>;
} & EventSubscriber;

/** The renderer's api: the same methods resolving to the value and rejecting with an ApiError. */
export type ClientApi = {
  readonly [C in Channel]: (...args: RequestArgs<C>) => Promise<ResponseOf<C>>;
} & EventSubscriber;

/**
 * Builds one method per contract channel over a single transport function. The cast is the
 * one place where the mapped type meets runtime code.
 */
export function buildMethods<Api extends EdgarApi | ClientApi>(
  invoke: (channel: Channel, request: unknown) => Promise<unknown>,
): Omit<Api, 'on'> {
  const methods: Record<string, (request?: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNEL_NAMES) methods[channel] = (request?: unknown) => invoke(channel, request);
  return methods as unknown as Omit<Api, 'on'>;
}
