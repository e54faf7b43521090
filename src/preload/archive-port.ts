// The preload's transport: requests that need nothing of Electron (PORT_CHANNELS) go over the
// window's MessagePort straight to the archive process; the rest, and everything while the
// window has no port (before the first arrives, after the archive process went), go through
// the main process with ipcRenderer.invoke. Events come from both and reach the same
// listeners. No Electron and no runtime imports here (the sandboxed preload can require
// nothing else), so it is tested in Node with worker_threads ports.
import type { Result } from '../shared/api/types';
import type { Channel, EventName } from '../shared/ipc/contract';
import type { ArchiveToPage, PageToArchive } from '../shared/ipc/port-messages';

/** The DOM MessagePort as the preload receives it from the main process. */
export interface PagePort {
  postMessage(message: PageToArchive): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
}

type Listener = (payload: never) => void;

const STOPPED: Result<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'The archive process stopped before answering; try again in a moment.' },
};

export interface ArchiveTransport {
  invoke(channel: Channel, request: unknown): Promise<unknown>;
  /** The main process handed this window a (new) port: any older one is dead. */
  usePort(port: PagePort): void;
  /** The archive process went: requests in flight on the port fail, the next go through main. */
  portLost(): void;
  /** An event of the contract, from the port or from the main process. */
  deliver(event: EventName, payload: unknown): void;
  on(event: EventName, listener: Listener): () => void;
  /** Requests waiting on the port (tests). */
  readonly waiting: number;
}

export function createArchiveTransport(opts: {
  invokeMain: (channel: Channel, request: unknown) => Promise<unknown>;
  portChannels: readonly Channel[];
  eventNames: readonly EventName[];
}): ArchiveTransport {
  const viaPort = new Set<string>(opts.portChannels);
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Map<EventName, Set<Listener>>();
  let port: PagePort | null = null;
  let nextId = 1;

  const failPending = () => {
    for (const resolve of pending.values()) resolve(STOPPED);
    pending.clear();
  };
  const drop = () => {
    failPending();
    port?.close();
    port = null;
  };
  const transport: ArchiveTransport = {
    invoke(channel, request) {
      if (!port || !viaPort.has(channel)) return opts.invokeMain(channel, request);
      const id = nextId++;
      const sent = port;
      return new Promise<Result<unknown>>((resolve) => {
        pending.set(id, resolve);
        sent.postMessage({ type: 'request', id, channel, request });
      });
    },
    usePort(next) {
      drop();
      port = next;
      next.onmessage = ({ data }) => {
        if (port !== next) return;
        const message = data as ArchiveToPage;
        if (message.type === 'reply') {
          const resolve = pending.get(message.id);
          pending.delete(message.id);
          resolve?.(message.result);
        } else if (message.type === 'event') {
          transport.deliver(message.event, message.payload);
        }
      };
    },
    portLost: drop,
    deliver(event, payload) {
      if (!opts.eventNames.includes(event)) return;
      for (const listener of listeners.get(event) ?? []) listener(payload as never);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => void set.delete(listener);
    },
    get waiting() {
      return pending.size;
    },
  };
  return transport;
}
