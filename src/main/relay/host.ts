// The archive process's side of the relay: opens the archive, runs each numbered request
// through the contract's dispatch (from the main process, or straight from a window over the
// port main handed it), forwards the core's events, and asks the main process for dialogs and
// the shell. Plain Node: the entry (../archive-process.ts) only picks the port.
import type { Result } from '../../shared/api/types';
import type { Dispatch } from '../api/dispatch';
import type { EventHub } from '../api/events';
import type { StoredBackend } from '../api/backend-settings';
import type { Platform } from '../api/platform';
import { classifyOpenError } from './open-failure';
import type { ArchiveInit, ArchivePort, PlatformMethod, ToArchive } from './protocol';
import { WindowPorts, type Job } from './window-ports';

export interface HostedArchive {
  dispatch: Dispatch;
  events: EventHub;
  close(): Promise<void>;
}

export type OpenArchive = (init: ArchiveInit, platform: Platform) => Promise<HostedArchive>;

/** A Platform whose every call is run by the main process (native dialogs, the shell). */
function remotePlatform(port: ArchivePort, samplesDir: string) {
  let nextId = 1;
  const waiting = new Map<number, (result: Result<unknown>) => void>();
  const call = (method: PlatformMethod, ...args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (result) => (result.ok ? resolve(result.value) : reject(new Error(result.error.message))));
      port.post({ type: 'platform', id, method, args });
    });
  const platform: Platform = {
    samplesDir,
    chooseFolder: () => call('chooseFolder') as Promise<string | null>,
    confirmFolder: (folder) => call('confirmFolder', folder) as Promise<boolean>,
    chooseSavePath: (name) => call('chooseSavePath', name) as Promise<string | null>,
    openPath: (path) => call('openPath', path) as Promise<void>,
    revealPath: (path) => call('revealPath', path) as Promise<void>,
    openExternal: (url) => call('openExternal', url) as Promise<void>,
    loadBackendSettings: () => call('loadBackendSettings') as Promise<StoredBackend>,
    saveBackendSettings: (settings, secret) => call('saveBackendSettings', settings, secret) as Promise<StoredBackend>,
  };
  const settle = (id: number, result: Result<unknown>) => {
    waiting.get(id)?.(result);
    waiting.delete(id);
  };
  return { platform, settle };
}

/**
 * Serves the archive over `port` (from the main process) and over the windows' own ports
 * (window-ports.ts). Requests of both are queued and started one per turn of the event loop,
 * so a cancel that arrives while a search runs removes the queued ones before they start (a
 * running synchronous search finishes; its reply is dropped).
 */
export function serveArchive(
  port: ArchivePort,
  open: OpenArchive,
  exit: (code: number) => void,
  /** The archive's folders read from a database that did not open (best effort; [] if unreadable). */
  salvageRoots: (init: ArchiveInit) => string[] = () => [],
): void {
  let archive: HostedArchive | null = null;
  let openFailed = false;
  let remote: ReturnType<typeof remotePlatform> | null = null;
  const queue: Job[] = [];
  /** Requests from the main process by their number, to cancel them. */
  const fromMain = new Map<number, Job>();
  let draining = false;
  const NOT_OPEN: Result<never> = { ok: false, error: { code: 'unavailable', message: 'The archive is not open.' } };

  const drain = () => {
    let next = queue.shift();
    while (next?.cancelled) next = queue.shift();
    if (!next || !archive) {
      if (next) queue.unshift(next);
      draining = false;
      return;
    }
    const job = next;
    void archive
      .dispatch(job.channel, job.request)
      .then((result) => job.reply(result, performance.now() - job.received));
    setImmediate(drain);
  };
  const enqueue = (job: Job) => {
    if (openFailed) return job.reply(NOT_OPEN, 0);
    queue.push(job);
    if (!draining && archive) {
      draining = true;
      setImmediate(drain);
    }
  };
  const windows = new WindowPorts({
    enqueue,
    attached: (windowId) => port.post({ type: 'window-attached', windowId }),
  });

  port.onMessage((message: ToArchive, ports) => {
    switch (message.type) {
      case 'open': {
        remote = remotePlatform(port, message.init.samplesDir);
        open(message.init, remote.platform).then(
          (opened) => {
            archive = opened;
            opened.events.subscribe((event, payload) => {
              port.post({ type: 'event', event, payload });
              windows.broadcast(event, payload);
            });
            port.post({ type: 'ready' });
            if (queue.length && !draining) {
              draining = true;
              setImmediate(drain);
            }
          },
          (err: unknown) => {
            const failure = classifyOpenError(err, message.init.dbPath);
            failure.roots = failure.reason === 'native' ? [] : salvageRoots(message.init);
            openFailed = true;
            for (const job of queue.splice(0)) job.reply(NOT_OPEN, 0);
            port.post({ type: 'open-failed', failure });
          },
        );
        return;
      }
      case 'request': {
        const { id, channel, request } = message;
        const job: Job = {
          channel,
          request,
          received: performance.now(),
          cancelled: false,
          reply: (result, ms) => {
            fromMain.delete(id);
            if (!job.cancelled) port.post({ type: 'reply', id, result, ms });
          },
        };
        fromMain.set(id, job);
        enqueue(job);
        return;
      }
      case 'cancel': {
        const job = fromMain.get(message.id);
        if (job) job.cancelled = true;
        fromMain.delete(message.id);
        return;
      }
      case 'window-port': {
        const windowPort = ports[0];
        if (windowPort) windows.attach(message.windowId, windowPort);
        return;
      }
      case 'window-gone':
        windows.detach(message.windowId);
        return;
      case 'platform-reply':
        remote?.settle(message.id, message.result);
        return;
      case 'close': {
        const closing = archive;
        archive = null;
        queue.length = 0;
        for (const windowId of windows.windows) windows.detach(windowId);
        void (closing?.close() ?? Promise.resolve())
          .catch((err: unknown) => console.error('[archive] closing failed:', err))
          .finally(() => {
            port.post({ type: 'closed' });
            exit(0);
          });
        return;
      }
    }
  });
}
