// The windows' MessagePorts in the archive process: each window's page sends its requests
// here straight, without crossing the main process (two hops instead of four). Only ports the
// main process handed over (after its sender check) are served; what arrives on them is
// untrusted: the envelope is checked, the channel must be one of PORT_CHANNELS (the rest need
// Electron and go through main), and the request is validated against the contract before it
// is queued. A newer search of a window supersedes its older one here, as relay/client.ts
// does for requests through main.
import type { Result } from '../../shared/api/types';
import { PORT_CHANNELS } from '../../shared/ipc/names';
import type { EventName, Events } from '../../shared/ipc/contract';
import { validateRequest } from '../api/validate';
import type { WindowPort } from './protocol';
import { laneOf } from './supersede';

/** A request waiting for its turn in the archive process's queue (host.ts). */
export interface Job {
  channel: string;
  request: unknown;
  received: number;
  /** Set when it was cancelled or superseded: skipped if not started, its reply dropped. */
  cancelled: boolean;
  reply(result: Result<unknown>, ms: number): void;
}

const failure = (code: 'cancelled' | 'invalid-request', message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
const SUPERSEDED = failure('cancelled', 'A newer request from this window replaced this one.');
const PORT_CHANNEL_SET = new Set<string>(PORT_CHANNELS);

interface Served {
  port: WindowPort;
  /** Jobs of this window by lane (supersede.ts), to cancel the older ones. */
  lanes: Map<string, Set<Job & { subject: string }>>;
  jobs: Set<Job>;
}

/** The page's envelope, checked by hand: it is all a request needs besides the contract's schema. */
function envelope(data: unknown): { id: number; channel: string; request: unknown } | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== 'request' || typeof m.channel !== 'string') return null;
  if (typeof m.id !== 'number' || !Number.isSafeInteger(m.id) || m.id <= 0) return null;
  return { id: m.id, channel: m.channel, request: m.request };
}

export class WindowPorts {
  private readonly served = new Map<number, Served>();

  constructor(
    private readonly opts: {
      /** Queues a checked request (host.ts runs one per turn of the event loop). */
      enqueue: (job: Job) => void;
      /** The main process is told once a window's port is served (its events then go there). */
      attached: (windowId: number) => void;
      log?: Pick<Console, 'warn'>;
      slowMs?: number;
    },
  ) {}

  /** Serves a window's port, replacing (and closing) the one it had. */
  attach(windowId: number, port: WindowPort): void {
    this.detach(windowId);
    const served: Served = { port, lanes: new Map(), jobs: new Set() };
    this.served.set(windowId, served);
    port.onMessage((data) => {
      if (this.served.get(windowId) === served) this.receive(windowId, served, data);
    });
    port.onClose(() => {
      if (this.served.get(windowId) === served) this.detach(windowId);
    });
    this.opts.attached(windowId);
  }

  /** Stops serving a window: its port is closed and its queued requests skipped. */
  detach(windowId: number): void {
    const served = this.served.get(windowId);
    if (!served) return;
    this.served.delete(windowId);
    for (const job of served.jobs) job.cancelled = true;
    served.port.close();
  }

  /** Sends one of the archive's events to every window served. */
  broadcast<E extends EventName>(event: E, payload: Events[E]): void {
    for (const { port } of this.served.values()) port.post({ type: 'event', event, payload });
  }

  get windows(): number[] {
    return [...this.served.keys()];
  }

  private receive(windowId: number, served: Served, data: unknown): void {
    const log = this.opts.log ?? console;
    const message = envelope(data);
    if (!message) {
      log.warn(`[archive] window ${windowId} sent a message that is not a request; ignored`);
      return;
    }
    const { id, channel } = message;
    const answer = (result: Result<unknown>, ms?: number) => served.port.post({ type: 'reply', id, result, ms });
    if (!PORT_CHANNEL_SET.has(channel)) {
      answer(failure('invalid-request', `${channel} goes through the main process, not this port.`));
      return;
    }
    const valid = validateRequest(channel, message.request);
    if (!valid.ok) {
      answer(valid.result);
      return;
    }
    const lane = laneOf(channel, valid.request, windowId);
    const job: Job & { subject: string } = {
      channel,
      request: valid.request,
      received: performance.now(),
      cancelled: false,
      subject: lane?.subject ?? '',
      reply: (result, ms) => {
        served.jobs.delete(job);
        if (lane) served.lanes.get(lane.lane)?.delete(job);
        if (job.cancelled) return;
        if (ms > (this.opts.slowMs ?? 100)) log.warn(`[archive] slow request: ${channel} took ${Math.round(ms)} ms`);
        answer(result, ms);
      },
    };
    if (lane) {
      const jobs = served.lanes.get(lane.lane) ?? new Set();
      for (const older of jobs) {
        if (older.subject === lane.subject || older.cancelled) continue;
        older.reply(SUPERSEDED, performance.now() - older.received);
        older.cancelled = true;
      }
      jobs.add(job);
      served.lanes.set(lane.lane, jobs);
    }
    served.jobs.add(job);
    this.opts.enqueue(job);
  }
}
