import type { IpcMain, IpcMainEvent, WebContents } from 'electron';
import { PORT_IPC } from '../../shared/ipc/names';
import { isTrustedContents, isTrustedSender, type SenderPolicy } from './ipc';

/** The two ends of a MessageChannelMain (a stand-in in tests). */
export interface PortPair {
  port1: { close(): void };
  port2: { close(): void };
}

/** The part of the relay client a hand-over needs (relay/client.ts). */
export interface PortReceiver {
  attachWindow(windowId: number, port: unknown): boolean;
}

type Contents = Pick<WebContents, 'id' | 'isDestroyed' | 'mainFrame' | 'postMessage' | 'send'>;

/**
 * Gives a window a MessagePort straight to the archive process: one end to the archive
 * process (with the window's id), the other to the window's preload. Only after the same check
 * as every IPC request (our window, its main frame, our page): a port is the right to send
 * requests, so it is handed only where an IPC request would be accepted. The preload asks when
 * its page loads (`want`); after every start of the archive process each window gets a new
 * one; when the process goes, each window is told its port is dead (`lost`).
 */
export function createPortHandOver(deps: {
  makeChannel: () => PortPair;
  client: () => PortReceiver | null;
  policy: SenderPolicy;
  log?: Pick<Console, 'warn'>;
}) {
  const log = deps.log ?? console;
  /** Hands `contents` a new port; false when it is not our page or no archive process runs. */
  const handOver = (contents: Contents): boolean => {
    if (!isTrustedContents(contents, deps.policy)) return false;
    const client = deps.client();
    if (!client) return false;
    const { port1, port2 } = deps.makeChannel();
    if (!client.attachWindow(contents.id, port1)) {
      port1.close();
      port2.close();
      return false;
    }
    contents.postMessage(PORT_IPC.port, null, [port2 as never]);
    return true;
  };
  return {
    handOver,
    /** The archive process went: the window's requests in flight on its port fail at once. */
    lost(contents: Contents): void {
      if (!contents.isDestroyed()) contents.send(PORT_IPC.lost);
    },
    /** Answers the preload's request for a port (sent when its page loads). */
    listen(ipcMain: Pick<IpcMain, 'on' | 'removeListener'>): () => void {
      const onWant = (event: IpcMainEvent) => {
        if (!isTrustedSender(event, deps.policy)) {
          log.warn(`[ipc] refused a port to ${event.senderFrame?.url ?? 'a destroyed frame'}`);
          return;
        }
        handOver(event.sender);
      };
      ipcMain.on(PORT_IPC.want, onWant);
      return () => void ipcMain.removeListener(PORT_IPC.want, onWant);
    },
  };
}
