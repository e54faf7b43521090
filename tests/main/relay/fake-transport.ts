// An in-memory archive process: the real host (relay/host.ts) on one end of a pair of
// message queues, the transport the client sees on the other. Messages are delivered on a
// later turn of the event loop, as a MessagePort does.
import type { Result } from '../../../src/shared/api/types';
import { memoryBackendStore } from '../../../src/main/api/backend-settings';
import { createEventHub, type EventHub } from '../../../src/main/api/events';
import type { Platform } from '../../../src/main/api/platform';
import { serveArchive, type HostedArchive } from '../../../src/main/relay/host';
import type { MessagePort } from 'node:worker_threads';
import { nodeWindowPort } from '../../../src/main/relay/node-port';
import type { ArchiveTransport, FromArchive, ToArchive, WindowPort } from '../../../src/main/relay/protocol';

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
  const toHost: ((m: ToArchive, ports: WindowPort[]) => void)[] = [];
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
    // A window's port (worker_threads MessagePort in tests) rides beside the message, as in Electron.
    post: (m, transfer) => {
      sent.push(m);
      const ports = ((transfer ?? []) as MessagePort[]).map(nodeWindowPort);
      setImmediate(() => alive && toHost.forEach((fn) => fn(m, ports)));
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

/** The main process's dialogs and shell, answered at once (a picked folder, a save path). */
export const testPlatform: Platform = {
  samplesDir: '/samples',
  chooseFolder: async () => '/picked',
  confirmFolder: async () => false,
  chooseSavePath: async (name) => `/save/${name}`,
  openPath: async () => {},
  revealPath: async () => {},
  ...memoryBackendStore(),
  openExternal: async () => {},
};
