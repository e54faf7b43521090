// The preload: exposes window.edgar, one method per contract channel and a subscription to
// the contract's events. It imports only zod-free modules: a sandboxed preload can require
// nothing but 'electron'. Nothing else of Electron reaches the page: no ipcRenderer, no invoke.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildMethods, type EdgarApi } from '../shared/ipc/api';
import type { EventName } from '../shared/ipc/contract';
import { EVENT_NAMES } from '../shared/ipc/names';

const api: EdgarApi = {
  ...buildMethods<EdgarApi>((channel, request) => ipcRenderer.invoke(channel, request)),
  on(event, listener) {
    // The page is untrusted at runtime: only the contract's event names can be listened to.
    if (!EVENT_NAMES.includes(event as EventName)) throw new Error(`Unknown event: ${String(event)}`);
    const handler = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(event, handler);
    return () => void ipcRenderer.removeListener(event, handler);
  },
};

contextBridge.exposeInMainWorld('edgar', api);
