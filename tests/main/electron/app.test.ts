import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/api/csp';
import type { MessagePort } from 'node:worker_threads';
import { createArchiveTransport, type PagePort } from '../../../src/preload/archive-port';
import { CHANNELS } from '../../../src/shared/ipc/contract';
import { EVENT_NAMES, PORT_CHANNELS, PORT_IPC } from '../../../src/shared/ipc/names';
import { FakeContents, FakeSession } from './fakes';

// The app's wiring, run against a stand-in of the 'electron' module (the binary is not
// installed here; tests/e2e/electron.spec.ts drives the real one where it is). The archive
// behind it is real: a fresh database in a temp folder.
const fake = vi.hoisted(() => {
  const appListeners = new Map<string, ((...args: unknown[]) => unknown)[]>();
  return {
    appListeners,
    handlers: new Map<string, (...args: unknown[]) => unknown>(),
    listeners: new Map<string, (...args: unknown[]) => unknown>(),
    /** What the main process posted to the window's web contents (the port hand-over). */
    posted: [] as { channel: string; ports: unknown[] }[],
    sent: [] as string[],
    windows: [] as { options: Record<string, unknown>; loaded: string[]; webContents: unknown }[],
    menu: null as unknown,
    session: null as unknown,
    ready: null as null | (() => void),
    external: [] as string[],
    forked: [] as string[],
    privileged: [] as unknown[],
    schemes: new Map<string, (request: Request) => Promise<Response>>(),
    fetched: [] as string[],
    sandboxedBeforeReady: false,
  };
});

vi.mock('electron', async () => {
  // utilityProcess.fork runs the real archive process, as a worker thread.
  const { startWorker, workerEntry } = await import('../../../src/main/core/worker-entry');
  const { EventEmitter } = await import('node:events');
  const utilityProcess = {
    fork: (modulePath: string) => {
      fake.forked.push(modulePath);
      const worker = startWorker(workerEntry('archiveProcess'));
      const child = Object.assign(new EventEmitter(), {
        // A window's port rides inside the message for a worker (as worker-transport.ts does).
        postMessage: (m: object, transfer?: MessagePort[]) =>
          transfer?.length ? worker.postMessage({ ...m, port: transfer[0] }, transfer) : worker.postMessage(m),
        kill: () => void worker.terminate(),
      });
      worker.on('online', () => child.emit('spawn'));
      worker.on('message', (m) => child.emit('message', m));
      worker.on('exit', (code) => child.emit('exit', code));
      return child;
    },
  };
  class BrowserWindow {
    readonly loaded: string[] = [];
    readonly webContents = {
      id: 1,
      on: () => {},
      isDestroyed: () => false,
      send: (channel: string) => fake.sent.push(channel),
      mainFrame: { url: 'app://edgar-archive/index.html' },
      postMessage: (channel: string, _message: unknown, ports: unknown[] = []) => fake.posted.push({ channel, ports }),
    };
    constructor(readonly options: Record<string, unknown>) {
      fake.windows.push(this);
    }
    static fromWebContents = () => fake.windows[0] ?? null;
    once() {}
    on() {}
    loadFile(file: string) {
      this.loaded.push(file);
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      enableSandbox: () => (fake.sandboxedBeforeReady = fake.ready === null),
      getAppPath: () => process.cwd(),
      getPath: () => join(home, 'user-data'),
      getVersion: () => '0.1.0',
      on: (event: string, fn: (...args: unknown[]) => unknown) =>
        fake.appListeners.set(event, [...(fake.appListeners.get(event) ?? []), fn]),
      whenReady: () => new Promise<void>((resolve) => (fake.ready = resolve)),
      quit: () => {},
    },
    BrowserWindow,
    utilityProcess,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        if (fake.ready === null) fake.privileged.push(...schemes); // only counts before ready
      },
      handle: (scheme: string, fn: (request: Request) => Promise<Response>) => fake.schemes.set(scheme, fn),
    },
    net: {
      fetch: async (url: string) => {
        fake.fetched.push(url);
        return new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } });
      },
    },
    ipcMain: {
      handle: (c: string, fn: (...args: unknown[]) => unknown) => fake.handlers.set(c, fn),
      removeHandler: () => {},
      on: (c: string, fn: (...args: unknown[]) => unknown) => fake.listeners.set(c, fn),
      removeListener: () => {},
    },
    // Node's own MessageChannel stands in for Electron's MessageChannelMain.
    MessageChannelMain: (await import('node:worker_threads')).MessageChannel,
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (fake.menu = m) },
    session: {
      get defaultSession() {
        return fake.session;
      },
    },
    dialog: { showErrorBox: () => {}, showMessageBox: async () => ({ response: 2 }) },
    shell: { openExternal: async (url: string) => void fake.external.push(url) },
    safeStorage: (await import('./fakes')).fakeSafeStorage(),
  };
});

const home = mkdtempSync(join(tmpdir(), 'app-test-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('startApp', () => {
  it('locks down every web contents, then on ready secures the session, starts the archive process, serves IPC and opens the window', async () => {
    process.env.EDGAR_ARCHIVE_DB = join(home, 'archive.db');
    // An export killed last time: its temporary file (of a process that is gone) in a folder
    // the app exported to, which settings.json remembers.
    const exports = join(home, 'exports');
    mkdirSync(exports);
    mkdirSync(join(home, 'user-data'));
    writeFileSync(join(home, 'user-data', 'settings.json'), JSON.stringify({ exportFolders: [exports] }));
    const stale = join(exports, '.results.csv.999999999-0123456789ab.tmp');
    writeFileSync(stale, 'half an export');
    const session = new FakeSession();
    fake.session = session;
    const { startApp } = await import('../../../src/main/electron/app');
    startApp('/opt/edgar-archive/out/main');
    // Every renderer sandboxed, switched on before the app is ready (Electron requires it).
    expect(fake.sandboxedBeforeReady).toBe(true);

    const contents = new FakeContents();
    for (const fn of fake.appListeners.get('web-contents-created') ?? []) fn({}, contents);
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(
      contents.fireWith('will-frame-navigate', {
        url: 'https://evil.example/',
        isMainFrame: false,
        isSameDocument: false,
      }),
    ).toBe(true);
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.external).toEqual(['https://example.com/']);

    fake.ready!();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(session.headersListener).not.toBeNull();
    let headers: unknown;
    session.headersListener!({ responseHeaders: {} }, (r) => (headers = r));
    expect(headers).toEqual({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    expect(session.requestHandler).not.toBeNull();
    expect(fake.windows[0].options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true } });
    expect(String((fake.windows[0].options.webPreferences as { preload: string }).preload)).toBe(
      '/opt/edgar-archive/out/preload/index.cjs',
    );
    // The page comes from app://, served from out/renderer only, with the app's CSP.
    expect(fake.privileged).toMatchObject([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    expect(fake.windows[0].loaded).toEqual(['app://edgar-archive/index.html']);
    const served = await fake.schemes.get('app')!(new Request('app://edgar-archive/index.html'));
    expect(served.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(fake.fetched).toEqual(['file:///opt/edgar-archive/out/renderer/index.html']);
    const escape = await fake.schemes.get('app')!(new Request('app://edgar-archive/..%2Fmain%2Findex.js'));
    expect(escape.status).toBe(404);
    expect(fake.fetched).toHaveLength(1);
    // The archive runs in its own process, started from the main bundle's folder.
    expect(fake.forked).toEqual(['/opt/edgar-archive/out/main/archiveProcess.js']);
    expect(JSON.stringify(fake.menu)).not.toContain('toggleDevTools');
    // Removed at start.
    await vi.waitFor(() => expect(existsSync(stale)).toBe(false));

    // The IPC handler refuses a frame that is not our page, and serves our own.
    const handle = fake.handlers.get('archive:status')!;
    const frame = (url: string) => ({ url, parent: null });
    const foreign = await handle({ sender: fake.windows[0].webContents, senderFrame: frame('https://evil.example/') });
    expect(foreign).toMatchObject({ ok: false });
    const ours = frame('app://edgar-archive/index.html#/search');
    const status = await vi.waitFor(
      async () => {
        const r = await handle({ sender: fake.windows[0].webContents, senderFrame: ours });
        expect(r).toMatchObject({ ok: true });
        return r;
      },
      { timeout: 30_000 },
    );
    expect(status).toMatchObject({ ok: true, value: { dbPath: join(home, 'archive.db'), roots: [], filings: 0 } });

    // The preload asks for its port: a foreign frame gets none; our page gets one, straight to
    // the archive process, and its requests answer over it without crossing main's handlers.
    const want = fake.listeners.get(PORT_IPC.want)!;
    const before = fake.posted.length;
    want({ sender: fake.windows[0].webContents, senderFrame: frame('https://evil.example/') });
    expect(fake.posted).toHaveLength(before);
    want({ sender: fake.windows[0].webContents, senderFrame: ours });
    const handed = fake.posted.at(-1)!;
    expect(handed.channel).toBe(PORT_IPC.port);
    const pagePort = handed.ports[0] as MessagePort;
    const viaMain: string[] = [];
    const transport = createArchiveTransport({
      invokeMain: async (channel) => viaMain.push(channel),
      portChannels: PORT_CHANNELS,
      eventNames: EVENT_NAMES,
    });
    transport.usePort(pagePort as unknown as PagePort);
    const overPort = await transport.invoke('search:query', { query: 'anything', limit: 5 });
    expect(overPort).toMatchObject({ ok: true, value: { total: 0 } });
    expect(viaMain).toEqual([]);
    transport.portLost();

    // Quitting closes the archive before the process goes.
    let prevented = false;
    for (const fn of fake.appListeners.get('will-quit') ?? []) fn({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  }, 60_000);
});
