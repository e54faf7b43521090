// The archive process's side of the relay: opens the archive, runs each numbered request
// through the contract's dispatch, forwards the core's events, and asks the main process for
// dialogs and the shell. Plain Node: the entry (../archive-process.ts) only picks the port.
import type { Result } from '../../shared/api/types';
import type { Dispatch } from '../api/dispatch';
import type { EventHub } from '../api/events';
import type { StoredBackend } from '../api/backend-settings';
import type { Platform } from '../api/platform';
import { classifyOpenError } from './open-failure';
import type { ArchiveInit, ArchivePort, PlatformMethod, ToArchive } from './protocol';

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
 * Serves the archive over `port`. Requests are queued and started one per turn of the event
 * loop, so a 'cancel' that arrives while a search runs removes the queued ones before they
 * start (a running synchronous search finishes; the main process has already dropped it).
 */
export function serveArchive(
  port: ArchivePort,
  open: OpenArchive,
  exit: (code: number) => void,
  /** The archive's folders read from a database that did not open (best effort; [] if unreadable). */
  salvageRoots: (init: ArchiveInit) => string[] = () => [],
): void {
  let archive: HostedArchive | null = null;
  let remote: ReturnType<typeof remotePlatform> | null = null;
  const queue: { id: number; channel: string; request: unknown; received: number }[] = [];
  let draining = false;

  const drain = () => {
    const next = queue.shift();
    if (!next || !archive) {
      draining = false;
      return;
    }
    const { id, channel, request, received } = next;
    void archive
      .dispatch(channel, request)
      .then((result) => port.post({ type: 'reply', id, result, ms: performance.now() - received }));
    setImmediate(drain);
  };

  port.onMessage((message: ToArchive) => {
    switch (message.type) {
      case 'open': {
        remote = remotePlatform(port, message.init.samplesDir);
        open(message.init, remote.platform).then(
          (opened) => {
            archive = opened;
            opened.events.subscribe((event, payload) => port.post({ type: 'event', event, payload }));
            port.post({ type: 'ready' });
            if (queue.length && !draining) {
              draining = true;
              setImmediate(drain);
            }
          },
          (err: unknown) => {
            const failure = classifyOpenError(err, message.init.dbPath);
            failure.roots = failure.reason === 'native' ? [] : salvageRoots(message.init);
            port.post({ type: 'open-failed', failure });
          },
        );
        return;
      }
      case 'request':
        queue.push({ ...message, received: performance.now() });
        if (!draining && archive) {
          draining = true;
          setImmediate(drain);
        }
        return;
      case 'cancel': {
        const at = queue.findIndex((q) => q.id === message.id);
        if (at >= 0) queue.splice(at, 1);
        return;
      }
      case 'platform-reply':
        remote?.settle(message.id, message.result);
        return;
      case 'close': {
        const closing = archive;
        archive = null;
        queue.length = 0;
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
