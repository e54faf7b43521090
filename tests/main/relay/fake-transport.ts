// An in-memory archive process: the real host (relay/host.ts) on one end of a pair of
// message queues, the transport the client sees on the other. Messages are delivered on a
// later turn of the event loop, as a MessagePort does.
import type { Result } from '../../../src/shared/api/types';
import { createEventHub, type EventHub } from '../../../src/main/api/events';
import { serveArchive, type HostedArchive } from '../../../src/main/relay/host';
import type { ArchiveTransport, FromArchive, ToArchive } from '../../../src/main/relay/protocol';

export interface FakeArchive {
  /** Every request the archive started, in order. */
  started: { channel: string; request: unknown }[];
  events: EventHub;
  /** Answers of the handlers, by channel (default: echo the request). */
  answer: (channel: string, request: unknown) => Promise<Result<unknown>> | Result<unknown>;
}

export function fakeArchiveTransport(
  archive: FakeArchive,
  opts: { openError?: unknown; salvage?: string[] } = {},
): ArchiveTransport & { crash(code?: number): void; sent: ToArchive[] } {
  const toClient: ((m: FromArchive) => void)[] = [];
  const toHost: ((m: ToArchive) => void)[] = [];
  const exits: ((code: number | null) => void)[] = [];
  const sent: ToArchive[] = [];
  let alive = true;
  const exit = (code: number) => {
    if (!alive) return;
    alive = false;
    setImmediate(() => exits.forEach((fn) => fn(code)));
  };
  serveArchive(
    {
      post: (m) => setImmediate(() => alive && toClient.forEach((fn) => fn(m))),
      onMessage: (fn) => toHost.push(fn),
    },
    async () => {
      if (opts.openError) throw opts.openError;
      const hosted: HostedArchive = {
        events: archive.events,
        dispatch: async (channel, request) => {
          archive.started.push({ channel, request });
          return archive.answer(channel, request);
        },
        close: async () => {},
      };
      return hosted;
    },
    exit,
    () => opts.salvage ?? [],
  );
  return {
    sent,
    post: (m) => {
      sent.push(m);
      setImmediate(() => alive && toHost.forEach((fn) => fn(m)));
    },
    onMessage: (fn) => toClient.push(fn),
    onExit: (fn) => exits.push(fn),
    kill: () => exit(1),
    crash: (code = 134) => exit(code),
  };
}

export function newFakeArchive(): FakeArchive {
  return {
    started: [],
    events: createEventHub(),
    answer: (_channel, request) => ({ ok: true, value: request ?? null }),
  };
}
