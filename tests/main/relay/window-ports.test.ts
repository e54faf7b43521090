import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { createEventHub } from '../../../src/main/api/events';
import { ArchiveClient } from '../../../src/main/relay/client';
import { createArchiveTransport, type PagePort } from '../../../src/preload/archive-port';
import type { Result } from '../../../src/shared/api/types';
import { EVENT_NAMES, PORT_CHANNELS } from '../../../src/shared/ipc/names';
import type { ArchiveToPage } from '../../../src/shared/ipc/port-messages';
import { fakeArchiveTransport, newFakeArchive, testPlatform as platform, type FakeArchive } from './fake-transport';

// A window's MessagePort straight to the archive process: the real host (relay/host.ts,
// window-ports.ts) behind the fake transport, the real preload transport (archive-port.ts) on
// the page's end, worker_threads ports between them.
const WINDOW = 7;

function setup(archive: FakeArchive = newFakeArchive()) {
  const transports: ReturnType<typeof fakeArchiveTransport>[] = [];
  const viaMain: string[] = [];
  const page = createArchiveTransport({
    invokeMain: async (channel, request) => {
      viaMain.push(channel);
      return { ok: true, value: { viaMain: request ?? null } };
    },
    portChannels: PORT_CHANNELS,
    eventNames: EVENT_NAMES,
  });
  const handOver = () => {
    const { port1, port2 } = new MessageChannel();
    if (client.attachWindow(WINDOW, port1)) page.usePort(port2 as unknown as PagePort);
  };
  const onPortsGone = vi.fn(() => page.portLost());
  const events = createEventHub();
  const client: ArchiveClient = new ArchiveClient({
    spawn: () => {
      const t = fakeArchiveTransport(archive);
      transports.push(t);
      return t;
    },
    init: { dbPath: '/tmp/x.db', samplesDir: '/samples' },
    platform,
    events,
    log: { warn: () => {}, error: () => {} },
    onSpawn: handOver,
    onPortsGone,
  });
  return { client, page, archive, transports, viaMain, onPortsGone, events };
}

/** Posts raw data on a port and collects what comes back for a few turns of the event loop. */
async function rawExchange(port: MessagePort, data: unknown, transfer: MessagePort[] = []): Promise<ArchiveToPage[]> {
  const got: ArchiveToPage[] = [];
  port.on('message', (m: ArchiveToPage) => got.push(m));
  port.postMessage(data, transfer);
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  port.removeAllListeners('message');
  return got;
}

describe("a window's port to the archive process", () => {
  it('carries a request to the archive and its reply back, without the main process', async () => {
    const { client, page, archive, transports, viaMain } = setup();
    await client.start();
    await vi.waitFor(() => expect(client.isAttached(WINDOW)).toBe(true));
    const reply = await page.invoke('search:query', { query: 'alpha', limit: 50 });
    expect(reply).toEqual({ ok: true, value: { query: 'alpha', limit: 50 } });
    expect(archive.started).toEqual([{ channel: 'search:query', request: { query: 'alpha', limit: 50 } }]);
    expect(viaMain).toEqual([]);
    // Main only handed the port over; no request crossed it.
    expect(transports[0]!.sent.map((m) => m.type)).toEqual(['open', 'window-port']);
    await client.close();
  });

  it('sends requests that need the main process (dialogs, shell, settings) through main, port or not', async () => {
    const { client, page, archive, viaMain } = setup();
    await client.start();
    for (const channel of ['export:csv', 'archive:chooseFolder', 'filing:openFile', 'settings:saveBackend'] as const)
      await page.invoke(channel, {});
    expect(viaMain).toEqual(['export:csv', 'archive:chooseFolder', 'filing:openFile', 'settings:saveBackend']);
    expect(archive.started).toEqual([]);
    await client.close();
  });

  it('is refused by the archive process for an invalid payload, a main-only channel or a malformed message', async () => {
    const archive = newFakeArchive();
    const { client } = setup(archive);
    await client.start();
    const { port1, port2 } = new MessageChannel();
    client.attachWindow(WINDOW, port1);
    const bad = await rawExchange(port2, { type: 'request', id: 1, channel: 'filing:get', request: { id: 'DROP' } });
    expect(bad).toMatchObject([{ type: 'reply', id: 1, result: { ok: false, error: { code: 'invalid-request' } } }]);
    // Valid requests, but they need Electron (a dialog, the shell): refused on the port.
    const mainOnly = [
      { id: 2, channel: 'archive:chooseFolder', request: undefined },
      { id: 3, channel: 'shell:openExternal', request: { url: 'https://example.com/' } },
    ];
    for (const m of mainOnly)
      expect(await rawExchange(port2, { type: 'request', ...m })).toMatchObject([
        { id: m.id, result: { ok: false, error: { code: 'invalid-request', message: /through the main process/ } } },
      ]);
    const proto = await rawExchange(port2, { type: 'request', id: 4, channel: '__proto__', request: {} });
    expect(proto).toMatchObject([{ id: 4, result: { ok: false, error: { code: 'invalid-request' } } }]);
    for (const junk of [null, 'search:query', { type: 'request', id: 'x', channel: 'archive:status' }, { id: 4 }])
      expect(await rawExchange(port2, junk)).toEqual([]);
    expect(archive.started).toEqual([]);
    port2.close();
    await client.close();
  });

  it('serves no port the main process did not hand over (not even one passed along a served port)', async () => {
    const archive = newFakeArchive();
    const { client } = setup(archive);
    await client.start();
    const served = new MessageChannel();
    client.attachWindow(WINDOW, served.port1);
    const smuggled = new MessageChannel();
    const request = { type: 'request', id: 1, channel: 'archive:status', request: undefined };
    // The page passes a port of its own along its served port, then asks on it: nothing answers.
    expect(await rawExchange(served.port2, { ...request, id: 9 }, [smuggled.port1])).toMatchObject([{ id: 9 }]);
    expect(await rawExchange(smuggled.port2, request)).toEqual([]);
    // A port never handed over reaches nothing at all.
    const stray = new MessageChannel();
    expect(await rawExchange(stray.port2, request)).toEqual([]);
    expect(archive.started).toHaveLength(1); // the one request on the served port
    for (const p of [served.port2, smuggled.port2, stray.port1, stray.port2]) p.close();
    await client.close();
  });

  it('lets a newer search of the window cancel its older one on the port; pages and other lanes run', async () => {
    const archive = newFakeArchive();
    const { client, page } = setup(archive);
    await client.start();
    await vi.waitFor(() => expect(client.isAttached(WINDOW)).toBe(true));
    const search = (query: string, extra: object = {}) => page.invoke('search:query', { query, limit: 50, ...extra });
    const old = search('alpha');
    const page2 = search('alpha', { offset: 50 });
    const suggest = page.invoke('search:suggest', { field: 'form', prefix: '10' });
    const newer = search('beta');
    expect(await old).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await page2).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await suggest).toMatchObject({ ok: true });
    expect(await newer).toMatchObject({ ok: true, value: { query: 'beta' } });
    // The cancelled ones were still queued: the archive never ran them.
    expect(archive.started.map((s) => s.channel + ':' + String((s.request as { query?: string }).query))).toEqual([
      'search:suggest:undefined',
      'search:query:beta',
    ]);
    await client.close();
  });

  it("brings the archive's events on the port once it is served (main forwards them only before)", async () => {
    const archive = newFakeArchive();
    const { client, page, events } = setup(archive);
    const throughMain: unknown[] = [];
    events.subscribe((event) => throughMain.push(event));
    const seen: unknown[] = [];
    page.on('export:progress', (payload) => seen.push(payload));
    await client.start();
    await vi.waitFor(() => expect(client.isAttached(WINDOW)).toBe(true));
    archive.events.emit('export:progress', { rowsDone: 1, rowsTotal: 2 } as never);
    await vi.waitFor(() => expect(seen).toEqual([{ rowsDone: 1, rowsTotal: 2 }]));
    // Main hears it too, and app.ts forwards it only to windows that are not attached.
    await vi.waitFor(() => expect(throughMain).toEqual(['export:progress']));
    await client.close();
  });

  it('fails requests in flight on the port when the archive process dies, and hands a new port after restart', async () => {
    const archive = newFakeArchive();
    const { client, page, transports, onPortsGone, viaMain } = setup(archive);
    await client.start();
    await vi.waitFor(() => expect(client.isAttached(WINDOW)).toBe(true));
    archive.answer = () => new Promise<Result<unknown>>(() => {}); // the process dies before answering
    const inFlight = page.invoke('filing:get', { id: 1 });
    await vi.waitFor(() => expect(archive.started).toHaveLength(1));
    transports[0]!.crash(134);
    expect(await inFlight).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('stopped') },
    });
    expect(onPortsGone).toHaveBeenCalledTimes(1);
    expect(client.isAttached(WINDOW)).toBe(false);
    // The restarted process got a new port for the window, and it answers there.
    await vi.waitFor(() => expect(transports).toHaveLength(2));
    await vi.waitFor(() => expect(client.isAttached(WINDOW)).toBe(true));
    expect(transports[1]!.sent.map((m) => m.type)).toEqual(['open', 'window-port']);
    archive.answer = (_c, request) => ({ ok: true, value: request });
    expect(await page.invoke('filing:get', { id: 2 })).toEqual({ ok: true, value: { id: 2 } });
    expect(viaMain).toEqual([]);
    await client.close();
  });

  it('answers requests on the port with "not open" when the archive cannot be opened', async () => {
    const failing = new ArchiveClient({
      spawn: () => fakeArchiveTransport(newFakeArchive(), { openError: new Error('file is not a database') }),
      init: { dbPath: '/tmp/x.db', samplesDir: '/samples' },
      platform,
      events: createEventHub(),
      log: { warn: () => {}, error: () => {} },
    });
    const opening = failing.start();
    const { port1, port2 } = new MessageChannel();
    failing.attachWindow(WINDOW, port1);
    const pageEnd = createArchiveTransport({
      invokeMain: async () => null,
      portChannels: PORT_CHANNELS,
      eventNames: EVENT_NAMES,
    });
    pageEnd.usePort(port2 as unknown as PagePort);
    const early = pageEnd.invoke('archive:status', undefined);
    expect(await opening).toMatchObject({ ok: false });
    expect(await early).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: 'The archive is not open.' },
    });
    expect(await pageEnd.invoke('archive:status', undefined)).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    pageEnd.portLost();
    await failing.close();
  });
});
