// The preload: exposes window.edgar, one method per contract channel and a subscription to
// the contract's events. Requests go over the window's MessagePort to the archive process
// where they can (archive-port.ts), else through the main process. It imports only zod-free
// modules: a sandboxed preload can require nothing but 'electron'. Nothing else of Electron
// reaches the page: no ipcRenderer, no invoke, no port.
import { contextBridge, ipcRenderer } from 'electron';
import { buildMethods, type EdgarApi } from '../shared/ipc/api';
import type { EventName } from '../shared/ipc/contract';
import { EVENT_NAMES, PORT_CHANNELS, PORT_IPC } from '../shared/ipc/names';
import { createArchiveTransport, type PagePort } from './archive-port';

const transport = createArchiveTransport({
  invokeMain: (channel, request) => ipcRenderer.invoke(channel, request),
  portChannels: PORT_CHANNELS,
  eventNames: EVENT_NAMES,
});
// Only the main process sends on ipcRenderer: the port it hands over, and word that it died.
ipcRenderer.on(PORT_IPC.port, (event) => {
  const port = event.ports[0] as PagePort | undefined;
  if (port) transport.usePort(port);
});
ipcRenderer.on(PORT_IPC.lost, () => transport.portLost());
for (const name of EVENT_NAMES) ipcRenderer.on(name, (_event, payload: unknown) => transport.deliver(name, payload));
ipcRenderer.send(PORT_IPC.want);

const api: EdgarApi = {
  ...buildMethods<EdgarApi>((channel, request) => transport.invoke(channel, request)),
  on(event, listener) {
    // The page is untrusted at runtime: only the contract's event names can be listened to.
    if (!EVENT_NAMES.includes(event as EventName)) throw new Error(`Unknown event: ${String(event)}`);
    return transport.on(event, listener as (payload: never) => void);
  },
};

contextBridge.exposeInMainWorld('edgar', api);
