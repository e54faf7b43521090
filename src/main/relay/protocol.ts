// The messages between the main process and the archive process (archive-process.ts). Plain
// data only: they cross a MessagePort (Electron's utilityProcess, or a worker thread in tests
// and benchmarks) by structured clone.
import type { Result } from '../../shared/api/types';
import type { EventName, Events } from '../../shared/ipc/contract';
import type { ArchiveToPage } from '../../shared/ipc/port-messages';
import type { Platform } from '../api/platform';
import type { OpenFailure } from './open-failure';

/** What the archive process needs to open the archive. */
export interface ArchiveInit {
  dbPath: string;
  /** Folder holding native/ (the Electron build of better-sqlite3). */
  appRoot?: string;
  samplesDir: string;
  /** Watch the roots (the app: yes). */
  watch?: boolean;
  /** Check every root for changes made while the app was closed (the app: yes). */
  catchUp?: boolean;
  /** Folders to add as roots once open (rebuilding from the folders of an archive set aside). */
  addRoots?: string[];
}

/** The Platform methods the archive process asks the main process to run (dialogs, shell). */
export type PlatformMethod = Exclude<keyof Platform, 'samplesDir' | 'showsFiles'>;

export type ToArchive =
  | { type: 'open'; init: ArchiveInit }
  | { type: 'request'; id: number; channel: string; request: unknown }
  | { type: 'cancel'; id: number }
  | { type: 'platform-reply'; id: number; result: Result<unknown> }
  /** A window's end of its MessagePort (carried beside the message: see ArchivePort). */
  | { type: 'window-port'; windowId: number }
  /** The window closed: its port and its queued requests go. */
  | { type: 'window-gone'; windowId: number }
  | { type: 'close' };

export type FromArchive =
  | { type: 'ready' }
  | { type: 'open-failed'; failure: OpenFailure }
  /** `ms`: the request's time in the archive process, from its arrival to this reply (queue + work). */
  | { type: 'reply'; id: number; result: Result<unknown>; ms?: number }
  | { type: 'event'; event: EventName; payload: Events[EventName] }
  | { type: 'platform'; id: number; method: PlatformMethod; args: unknown[] }
  /** The window's port is served: from now on its events go on the port, not through main. */
  | { type: 'window-attached'; windowId: number }
  | { type: 'closed' };

/**
 * A window's MessagePort as the archive process sees it (Electron's MessagePortMain in the
 * utility process, a worker_threads MessagePort in tests and the bench). What arrives on it
 * comes from a page: untrusted, checked before use.
 */
export interface WindowPort {
  post(message: ArchiveToPage): void;
  onMessage(listener: (data: unknown) => void): void;
  /** The other end went (the page reloaded or closed). */
  onClose(listener: () => void): void;
  close(): void;
}

/** One end of the channel, as the archive process sees it. */
export interface ArchivePort {
  post(message: FromArchive): void;
  /** `ports`: the ports transferred with the message ('window-port' carries one). */
  onMessage(listener: (message: ToArchive, ports: WindowPort[]) => void): void;
}

/** The other end, as the main process sees it: the archive process itself. */
export interface ArchiveTransport {
  /** `transfer`: ports to hand over with the message (a window's end of its MessagePort). */
  post(message: ToArchive, transfer?: unknown[]): void;
  onMessage(listener: (message: FromArchive) => void): void;
  /** Called once when the process ends, for whatever reason. */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}
