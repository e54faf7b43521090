// The main process's side of the relay: starts the archive process, sends it numbered
// requests, matches replies, lets a newer search of a window cancel its older one, logs slow
// requests with their kind, runs the dialogs and shell calls the archive asks for, and
// restarts the process when it dies. Plain Node (no Electron): the transport is injected.
import type { ApiError, Result } from '../../shared/api/types';
import type { Dispatch } from '../api/dispatch';
import type { EventHub } from '../api/events';
import type { Platform } from '../api/platform';
import { validateRequest } from '../api/validate';
import type { OpenFailure } from './open-failure';
import type { ArchiveInit, ArchiveTransport, FromArchive, PlatformMethod } from './protocol';
import { laneOf } from './supersede';

export interface ArchiveClientOptions {
  /** Starts a fresh archive process (Electron: utilityProcess.fork; tests: a worker or a fake). */
  spawn: () => ArchiveTransport;
  init: ArchiveInit;
  /** Runs the dialogs and shell calls the archive process asks for. */
  platform: Platform;
  /** Where the archive's events go (the windows subscribe to it). */
  events: EventHub;
  log?: Pick<Console, 'warn' | 'error'>;
  /** Requests slower than this are logged (default 100 ms). */
  slowMs?: number;
  /** Restarts allowed within `restartWindowMs` before the process is given up (default 3 per minute). */
  maxRestarts?: number;
  restartWindowMs?: number;
  now?: () => number;
  /**
   * Each answered request's times: its round trip from this process, and the part spent in the
   * archive process (queue + work), so the difference is the relay's (the bench's figure).
   */
  onTiming?: (timing: { channel: string; totalMs: number; archiveMs?: number }) => void;
  /** The archive process died and was started again (the window tells the user). */
  onRestart?: (info: { code: number | null; restarts: number }) => void;
  /** The archive process died too often and was not started again. */
  onGiveUp?: (failure: OpenFailure) => void;
  /**
   * A new archive process was started (at start and at every restart): the windows' ports to
   * the old one are gone, so each window is handed a new one (electron/window-port.ts).
   */
  onSpawn?: () => void;
  /** The archive process went (it died, or was closed): every window's port to it is dead. */
  onPortsGone?: () => void;
}

export type OpenOutcome = { ok: true } | { ok: false; failure: OpenFailure };

interface Pending {
  channel: string;
  started: number;
  resolve: (result: Result<unknown>) => void;
  lane?: { key: string; subject: string };
}

const failure = (code: ApiError['code'], message: string): Result<never> => ({ ok: false, error: { code, message } });
const STOPPED = failure('unavailable', 'The archive process stopped; it is being restarted. Try again in a moment.');
const CLOSED = failure('unavailable', 'The archive is closed.');
const SUPERSEDED = failure('cancelled', 'A newer request from this window replaced this one.');

export class ArchiveClient {
  private transport: ArchiveTransport | null = null;
  private readonly pending = new Map<number, Pending>();
  private readonly lanes = new Map<string, Set<number>>();
  private nextId = 1;
  private closing = false;
  /** Windows whose port the archive process serves (it said so): their events go there. */
  private readonly attached = new Set<number>();
  private restartTimes: number[] = [];
  private opened: Promise<OpenOutcome> = Promise.resolve({ ok: true });
  private settleOpen: ((outcome: OpenOutcome) => void) | null = null;
  private closed: (() => void) | null = null;
  private readonly slowMs: number;
  private readonly now: () => number;
  private readonly log: Pick<Console, 'warn' | 'error'>;

  constructor(private readonly opts: ArchiveClientOptions) {
    this.slowMs = opts.slowMs ?? 100;
    this.now = opts.now ?? (() => performance.now());
    this.log = opts.log ?? console;
  }

  /** Starts the archive process and opens the archive; resolves once it is open or has failed. */
  start(): Promise<OpenOutcome> {
    this.opened = new Promise<OpenOutcome>((resolve) => (this.settleOpen = resolve));
    const transport = this.opts.spawn();
    this.transport = transport;
    transport.onMessage((message) => this.receive(transport, message));
    transport.onExit((code) => this.exited(transport, code));
    transport.post({ type: 'open', init: this.opts.init });
    this.opts.onSpawn?.();
    return this.opened;
  }

  /**
   * Hands a window's end of a MessagePort to the archive process: the window then sends its
   * requests there straight (relay/window-ports.ts). The caller has checked the window (the
   * same sender check as IPC). False when no archive process runs (the port is not taken).
   */
  attachWindow(windowId: number, port: unknown): boolean {
    if (this.closing || !this.transport) return false;
    this.attached.delete(windowId);
    this.transport.post({ type: 'window-port', windowId }, [port]);
    return true;
  }

  /** Whether the archive process serves this window's port (its events then go on the port). */
  isAttached(windowId: number): boolean {
    return this.attached.has(windowId);
  }

  /** Requests waiting for a reply (tests, diagnostics). */
  get inFlight(): number {
    return this.pending.size;
  }

  /** The contract's entry in the main process: validate, then relay (see Dispatch). */
  readonly dispatch: Dispatch = async (channel, rawRequest, origin) => {
    const valid = validateRequest(channel, rawRequest);
    if (!valid.ok) return valid.result;
    return this.request(valid.channel, valid.request, origin);
  };

  /** Sends one (already validated) request; a newer one of the same lane supersedes it. */
  request(channel: string, request: unknown, origin?: number): Promise<Result<unknown>> {
    if (this.closing || !this.transport) return Promise.resolve(CLOSED);
    const id = this.nextId++;
    const lane = laneOf(channel, request, origin);
    return new Promise((resolve) => {
      const entry: Pending = { channel, started: this.now(), resolve };
      if (lane) {
        entry.lane = { key: lane.lane, subject: lane.subject };
        const ids = this.lanes.get(lane.lane) ?? new Set<number>();
        for (const older of ids) {
          if (this.pending.get(older)?.lane?.subject !== lane.subject) this.cancel(older, SUPERSEDED);
        }
        ids.add(id);
        this.lanes.set(lane.lane, ids);
      }
      this.pending.set(id, entry);
      this.transport!.post({ type: 'request', id, channel, request });
    });
  }

  /** Drops a request: it is answered with `result` now, and the archive skips it if not started. */
  cancel(id: number, result: Result<unknown> = failure('cancelled', 'Cancelled.')): void {
    if (!this.pending.has(id)) return;
    this.transport?.post({ type: 'cancel', id });
    this.finish(id, result);
  }

  /** Cancels every request of one window (it closed or its page went away). */
  cancelOrigin(origin: number): void {
    for (const [key, ids] of this.lanes) if (key.startsWith(`${origin}|`)) for (const id of ids) this.cancel(id);
    if (this.attached.delete(origin)) this.transport?.post({ type: 'window-gone', windowId: origin });
  }

  /** Closes the archive (stops indexing, watchers, the database) and ends the process. */
  async close(timeoutMs = 10_000): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const transport = this.transport;
    for (const id of [...this.pending.keys()]) this.finish(id, CLOSED);
    this.attached.clear();
    this.opts.onPortsGone?.();
    if (!transport) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.log.warn('[archive] the archive process did not close in time; ending it');
        transport.kill();
        resolve();
      }, timeoutMs);
      this.closed = () => {
        clearTimeout(timer);
        resolve();
      };
      transport.post({ type: 'close' });
    });
    this.transport = null;
  }

  private finish(id: number, result: Result<unknown>, archiveMs?: number): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    if (entry.lane) {
      const ids = this.lanes.get(entry.lane.key);
      ids?.delete(id);
      if (ids?.size === 0) this.lanes.delete(entry.lane.key);
    }
    const ms = this.now() - entry.started;
    if (ms > this.slowMs) {
      // How much of it the archive process spent tells a slow query from a stalled relay.
      const inArchive = archiveMs === undefined ? '' : ` (${Math.round(archiveMs)} ms in the archive process)`;
      this.log.warn(`[archive] slow request: ${entry.channel} took ${Math.round(ms)} ms${inArchive}`);
    }
    this.opts.onTiming?.({ channel: entry.channel, totalMs: ms, archiveMs });
    entry.resolve(result);
  }

  private receive(from: ArchiveTransport, message: FromArchive): void {
    if (from !== this.transport) return; // a process already replaced
    switch (message.type) {
      case 'ready':
        this.settleOpen?.({ ok: true });
        this.settleOpen = null;
        return;
      case 'open-failed':
        this.log.error(`[archive] could not open ${message.failure.dbPath}: ${message.failure.message}`);
        for (const id of [...this.pending.keys()]) this.finish(id, failure('unavailable', 'The archive is not open.'));
        this.settleOpen?.({ ok: false, failure: message.failure });
        this.settleOpen = null;
        return;
      case 'reply':
        this.finish(message.id, message.result, message.ms);
        return;
      case 'event':
        this.opts.events.emit(message.event, message.payload as never);
        return;
      case 'platform':
        void this.runPlatform(message.method, message.args).then((result) =>
          from.post({ type: 'platform-reply', id: message.id, result }),
        );
        return;
      case 'window-attached':
        this.attached.add(message.windowId);
        return;
      case 'closed':
        this.closed?.();
        return;
    }
  }

  private async runPlatform(method: PlatformMethod, args: unknown[]): Promise<Result<unknown>> {
    try {
      const fn = this.opts.platform[method] as (...a: unknown[]) => Promise<unknown>;
      return { ok: true, value: (await fn.apply(this.opts.platform, args)) ?? null };
    } catch (err) {
      return failure('internal', err instanceof Error ? err.message : String(err));
    }
  }

  private exited(from: ArchiveTransport, code: number | null): void {
    if (from !== this.transport) return;
    if (this.closing) {
      this.closed?.();
      return;
    }
    this.transport = null;
    this.log.error(`[archive] the archive process exited unexpectedly (code ${code})`);
    for (const id of [...this.pending.keys()]) this.finish(id, STOPPED);
    this.attached.clear();
    this.opts.onPortsGone?.();
    const now = Date.now();
    const window = this.opts.restartWindowMs ?? 60_000;
    this.restartTimes = [...this.restartTimes.filter((t) => now - t < window), now];
    const wasOpening = this.settleOpen !== null;
    if (this.restartTimes.length > (this.opts.maxRestarts ?? 3)) {
      const dbPath = this.opts.init.dbPath;
      const message = `The archive process stopped ${this.restartTimes.length} times within a minute (last exit code ${code}).`;
      const gaveUp: OpenFailure = { reason: 'crashed', dbPath, message };
      if (this.settleOpen) this.settleOpen({ ok: false, failure: gaveUp });
      else this.opts.onGiveUp?.(gaveUp);
      this.settleOpen = null;
      return;
    }
    const settle = this.settleOpen;
    void this.start().then((outcome) => settle?.(outcome));
    if (!wasOpening) this.opts.onRestart?.({ code, restarts: this.restartTimes.length });
  }
}
