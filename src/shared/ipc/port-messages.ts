// The messages between the page's preload and the archive process over the window's
// MessagePort (types only: the sandboxed preload imports nothing with a runtime). The archive
// process checks every message it receives against these shapes and the contract before use.
import type { Result } from '../api/types';
import type { EventName, Events } from './contract';

export type PageToArchive = { type: 'request'; id: number; channel: string; request: unknown };

export type ArchiveToPage =
  /** `ms`: the request's time in the archive process, from its arrival to this reply (queue + work). */
  | { type: 'reply'; id: number; result: Result<unknown>; ms?: number }
  | { type: 'event'; event: EventName; payload: Events[EventName] };
