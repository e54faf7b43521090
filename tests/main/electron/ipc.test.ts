import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/shared/api/types';
import { CHANNELS } from '../../../src/shared/ipc/contract';
import { createDispatch } from '../../../src/main/api/dispatch';
import type { Handlers } from '../../../src/main/api/handlers/types';
import { createAppUrlCheck } from '../../../src/main/electron/app-url';
import { createEventHub } from '../../../src/main/api/events';
import { forwardEvents, isTrustedSender, registerIpc, type SenderPolicy } from '../../../src/main/electron/ipc';

const ownContents = { id: 1 } as unknown as WebContents;
const otherContents = { id: 2 } as unknown as WebContents;

const policy: SenderPolicy = {
  ownsContents: (contents) => contents === ownContents,
  isAppUrl: createAppUrlCheck(),
};

type Frame = { url: string; parent: Frame | null };
const mainFrame = (url: string): Frame => ({ url, parent: null });
const event = (sender: WebContents, frame: Frame | null) =>
  ({ sender, senderFrame: frame }) as unknown as IpcMainInvokeEvent;

describe('the IPC sender check', () => {
  it('accepts the main frame of our window showing our page', () => {
    expect(isTrustedSender(event(ownContents, mainFrame('app://edgar-archive/index.html#/search')), policy)).toBe(true);
  });

  it('rejects a frame of a window that is not ours', () => {
    expect(isTrustedSender(event(otherContents, mainFrame('app://edgar-archive/index.html')), policy)).toBe(false);
  });

  it('rejects a subframe, even one showing our page', () => {
    const sub = {
      url: 'app://edgar-archive/index.html',
      parent: mainFrame('app://edgar-archive/index.html'),
    };
    expect(isTrustedSender(event(ownContents, sub), policy)).toBe(false);
  });

  it('rejects our window once it shows a foreign page', () => {
    for (const url of [
      'https://evil.example/',
      'file:///tmp/evil.html',
      // The built page itself, from a file: the app only ever loads it through app://.
      'file:///app/out/renderer/index.html',
      'app://edgar-archive/other.html',
      'app://another-host/index.html',
      'about:blank',
    ]) {
      expect(isTrustedSender(event(ownContents, mainFrame(url)), policy)).toBe(false);
    }
  });

  it('rejects a destroyed frame', () => {
    expect(isTrustedSender(event(ownContents, null), policy)).toBe(false);
  });

  it('accepts the dev server origin only when one is configured', () => {
    const dev = createAppUrlCheck({ devServerUrl: 'http://localhost:5173/' });
    expect(dev('http://localhost:5173/index.html')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('app://edgar-archive/index.html')).toBe(true);
    expect(policy.isAppUrl('http://localhost:5173/')).toBe(false);
  });
});

describe('registerIpc', () => {
  function setUp() {
    const handlers = new Map<string, (e: IpcMainInvokeEvent, request: unknown) => Promise<Result<unknown>>>();
    const ipcMain = {
      handle: (channel: string, fn: (e: IpcMainInvokeEvent, request: unknown) => Promise<Result<unknown>>) =>
        handlers.set(channel, fn),
      removeHandler: (channel: string) => handlers.delete(channel),
    } as unknown as IpcMain;
    const calls: unknown[] = [];
    const filingGet = async (request: unknown) => {
      calls.push(request);
      return { id: 1 };
    };
    const dispatch = createDispatch({ 'filing:get': filingGet } as unknown as Handlers);
    const unregister = registerIpc(ipcMain, dispatch, policy, { warn: () => {} });
    return { handlers, calls, unregister };
  }

  it('registers exactly the contract channels and removes them again', () => {
    const { handlers, unregister } = setUp();
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('refuses a foreign frame before any work', async () => {
    const { handlers, calls } = setUp();
    const result = await handlers.get('filing:get')!(event(otherContents, mainFrame('https://evil.example/')), {
      id: 1,
    });
    expect(result.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('refuses a bad payload from a trusted frame before the handler runs', async () => {
    const { handlers, calls } = setUp();
    const trusted = event(ownContents, mainFrame('app://edgar-archive/index.html'));
    const result = await handlers.get('filing:get')!(trusted, { id: 'DROP TABLE' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toEqual([]);
    expect(await handlers.get('filing:get')!(trusted, { id: 7 })).toEqual({ ok: true, value: { id: 1 } });
    expect(calls).toEqual([{ id: 7 }]);
  });
});

describe('forwardEvents', () => {
  it('sends each event to every live window and skips destroyed ones', () => {
    const sent: [string, string, unknown][] = [];
    const contents = (name: string, destroyed: boolean) =>
      ({
        isDestroyed: () => destroyed,
        send: (event: string, payload: unknown) => sent.push([name, event, payload]),
      }) as unknown as WebContents;
    const hub = createEventHub();
    const stop = forwardEvents(hub, () => [
      { webContents: contents('a', false) },
      { webContents: contents('b', true) },
    ]);
    hub.emit('archive:changed', { at: 1 });
    stop();
    hub.emit('archive:changed', { at: 2 });
    expect(sent).toEqual([['a', 'archive:changed', { at: 1 }]]);
  });
});
