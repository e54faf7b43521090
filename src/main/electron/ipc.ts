import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Result } from '../../shared/api/types';
import { CHANNELS, type EventName, type Events } from '../../shared/ipc/contract';
import type { Dispatch } from '../api/dispatch';
import type { EventHub } from '../api/events';

export interface SenderPolicy {
  /** Whether these web contents belong to one of the app's own windows. */
  ownsContents(contents: WebContents): boolean;
  /** Whether the URL is the app's own page (see app-url.ts). */
  isAppUrl(url: string): boolean;
}

/** Only the main frame of our own window, showing our own page, may call the archive. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  policy: SenderPolicy,
): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!policy.ownsContents(event.sender)) return false;
  return policy.isAppUrl(frame.url);
}

/** The same check for a window main itself addresses (handing it a new port): our window, our page. */
export function isTrustedContents(
  contents: Pick<WebContents, 'isDestroyed' | 'mainFrame'>,
  policy: SenderPolicy,
): boolean {
  if (contents.isDestroyed() || !policy.ownsContents(contents as WebContents)) return false;
  const url = contents.mainFrame?.url;
  return typeof url === 'string' && policy.isAppUrl(url);
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'invalid-request', message: 'This page may not call the archive.' },
};

/** One handler per contract channel: sender check first, then the shared dispatch (validation). */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  policy: SenderPolicy,
  log: Pick<Console, 'warn'> = console,
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, request: unknown) => {
      if (!isTrustedSender(event, policy)) {
        log.warn(`[ipc] refused ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
        return FORBIDDEN;
      }
      return dispatch(channel, request, event.sender.id);
    });
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

/** Forwards the core's events to every live window of the app. */
export function forwardEvents(hub: EventHub, windows: () => { webContents: WebContents }[]): () => void {
  return hub.subscribe(<E extends EventName>(event: E, payload: Events[E]) => {
    for (const { webContents } of windows()) {
      if (!webContents.isDestroyed()) webContents.send(event, payload);
    }
  });
}
