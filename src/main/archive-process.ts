// The archive process's entry (built to out/main/archiveProcess.js). The app starts it with
// Electron's utilityProcess; tests and the bench start it as a worker thread. It owns the
// database: search, detail, documents, export, indexing and the folder watcher all run here,
// so nothing the archive does can stall the window, menus or dialogs of the main process.
import { parentPort, type MessagePort as NodeMessagePort } from 'node:worker_threads';
import { openArchiveApi } from './api/archive-api';
import { openDatabase } from './core/db/open';
import { listRoots } from './core/store/roots';
import { serveArchive } from './relay/host';
import { nodeWindowPort } from './relay/node-port';
import type { ArchivePort, FromArchive, ToArchive, WindowPort } from './relay/protocol';

/** Electron's MessagePortMain, as the utility process receives a window's port. */
interface UtilityMessagePort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  on(event: 'close', listener: () => void): void;
  start(): void;
  close(): void;
}

/** Electron's utility process exposes process.parentPort; its messages arrive as { data, ports }. */
interface UtilityParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown; ports?: UtilityMessagePort[] }) => void): void;
}

function utilityWindowPort(port: UtilityMessagePort): WindowPort {
  const windowPort: WindowPort = {
    post: (m) => port.postMessage(m),
    onMessage: (fn) => port.on('message', (e) => fn(e.data)),
    onClose: (fn) => port.on('close', fn),
    close: () => port.close(),
  };
  port.start();
  return windowPort;
}

function pickPort(): { port: ArchivePort; exit: (code: number) => void } {
  const utility = (process as unknown as { parentPort?: UtilityParentPort }).parentPort;
  if (utility) {
    return {
      port: {
        post: (m: FromArchive) => utility.postMessage(m),
        onMessage: (fn) =>
          utility.on('message', (e) => fn(e.data as ToArchive, (e.ports ?? []).map(utilityWindowPort))),
      },
      exit: (code) => process.exit(code),
    };
  }
  const worker = parentPort;
  if (!worker && process.send) {
    // A Node child process (child_process.fork with 'advanced' serialization): the bench's
    // stand-in for a utility process, a hop between processes.
    const send = process.send.bind(process);
    return {
      port: {
        post: (m: FromArchive) => void send(m),
        // No ports cross a pipe: this stand-in serves only the main process's requests.
        onMessage: (fn) => process.on('message', (m) => fn(m as ToArchive, [])),
      },
      exit: (code) => process.exit(code),
    };
  }
  if (!worker) throw new Error('the archive process must run as a utility process, a child process or a worker thread');
  return {
    port: {
      post: (m: FromArchive) => worker.postMessage(m),
      onMessage: (fn) =>
        worker.on('message', (m: ToArchive & { port?: NodeMessagePort }) => {
          const { port, ...message } = m;
          fn(message as ToArchive, port ? [nodeWindowPort(port)] : []);
        }),
    },
    exit: () => worker.close(),
  };
}

const { port, exit } = pickPort();
serveArchive(
  port,
  (init, platform) =>
    openArchiveApi({
      dbPath: init.dbPath,
      appRoot: init.appRoot,
      platform,
      watch: init.watch ?? true,
      catchUp: init.catchUp ?? true,
      addRoots: init.addRoots,
    }),
  exit,
  (init) => {
    // Read-only and without migrating: enough for a newer or partly damaged file.
    try {
      const db = openDatabase(init.dbPath, { readonly: true, appRoot: init.appRoot });
      try {
        return listRoots(db).map((r) => r.path);
      } finally {
        db.close();
      }
    } catch {
      return [];
    }
  },
);
