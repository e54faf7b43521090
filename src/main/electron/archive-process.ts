import type { MessagePortMain, UtilityProcess } from 'electron';
import type { ArchiveTransport, FromArchive, ToArchive } from '../relay/protocol';

type Fork = (modulePath: string, args: string[], options: { serviceName: string; stdio: 'inherit' }) => UtilityProcess;

/**
 * The archive process as an Electron utility process. Chosen over a worker thread because it
 * is a process of its own: a crash in SQLite or running out of memory ends it, not the app,
 * and the main process restarts it (relay/client.ts). Messages posted before it has spawned
 * are held until it has.
 */
export function spawnUtilityArchive(fork: Fork, entry: string): ArchiveTransport {
  const child = fork(entry, [], { serviceName: 'EDGAR Archive (archive)', stdio: 'inherit' });
  let spawned = false;
  let exited = false;
  const held: { m: ToArchive; transfer?: MessagePortMain[] }[] = [];
  child.once('spawn', () => {
    spawned = true;
    for (const { m, transfer } of held.splice(0)) child.postMessage(m, transfer);
  });
  child.once('exit', () => (exited = true));
  return {
    // `transfer`: a window's MessagePortMain (window-port.ts), delivered to the process as e.ports.
    post: (m, transfer) => {
      if (exited) return;
      const ports = transfer as MessagePortMain[] | undefined;
      if (spawned) child.postMessage(m, ports);
      else held.push({ m, transfer: ports });
    },
    onMessage: (fn) => void child.on('message', (m: FromArchive) => fn(m)),
    onExit: (fn) => void child.once('exit', (code: number) => fn(code)),
    kill: () => void child.kill(),
  };
}
