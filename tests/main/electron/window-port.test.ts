import type { IpcMain, IpcMainEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createAppUrlCheck } from '../../../src/main/electron/app-url';
import type { SenderPolicy } from '../../../src/main/electron/ipc';
import { createPortHandOver } from '../../../src/main/electron/window-port';
import { PORT_IPC } from '../../../src/shared/ipc/names';

// The main process's hand-over of a window's port, with stand-ins for web contents and ipcMain.
function contents(id: number, url: string) {
  return {
    id,
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
    mainFrame: { url },
    posted: [] as { channel: string; ports: unknown[] }[],
    sent: [] as string[],
    postMessage(channel: string, _m: unknown, ports: unknown[] = []) {
      this.posted.push({ channel, ports });
    },
    send(channel: string) {
      this.sent.push(channel);
    },
  };
}

function setUp(running = true) {
  const own = contents(1, 'app://edgar-archive/index.html');
  const policy: SenderPolicy = {
    ownsContents: (c) => (c as unknown) === own,
    isAppUrl: createAppUrlCheck(),
  };
  const attached: [number, unknown][] = [];
  const closed: string[] = [];
  let n = 0;
  const client = {
    attachWindow: (windowId: number, port: unknown) => running && attached.push([windowId, port]) > 0,
  };
  const hand = createPortHandOver({
    makeChannel: () => {
      n++;
      return {
        port1: { name: `a${n}`, close: () => closed.push(`a${n}`) },
        port2: { name: `p${n}`, close: () => closed.push(`p${n}`) },
      };
    },
    client: () => client,
    policy,
    log: { warn: () => {} },
  });
  return { own, hand, attached, closed };
}

describe('the port hand-over', () => {
  it("gives our window's page one end and the archive process the other, with the window's id", () => {
    const { own, hand, attached } = setUp();
    expect(hand.handOver(own as unknown as WebContents)).toBe(true);
    expect(attached).toEqual([[1, { name: 'a1', close: expect.any(Function) }]]);
    expect(own.posted).toEqual([{ channel: PORT_IPC.port, ports: [expect.objectContaining({ name: 'p1' })] }]);
  });

  it('refuses a window showing a foreign page, a window not ours and a destroyed one', () => {
    const { own, hand, attached } = setUp();
    own.mainFrame.url = 'https://evil.example/';
    expect(hand.handOver(own as unknown as WebContents)).toBe(false);
    const other = contents(2, 'app://edgar-archive/index.html');
    expect(hand.handOver(other as unknown as WebContents)).toBe(false);
    own.mainFrame.url = 'app://edgar-archive/index.html';
    own.destroyed = true;
    expect(hand.handOver(own as unknown as WebContents)).toBe(false);
    expect(attached).toEqual([]);
    expect(own.posted).toEqual([]);
  });

  it('makes no port while no archive process runs (both ends closed)', () => {
    const { own, hand, closed } = setUp(false);
    expect(hand.handOver(own as unknown as WebContents)).toBe(false);
    expect(closed).toEqual(['a1', 'p1']);
    expect(own.posted).toEqual([]);
  });

  it("answers the preload's request only after the IPC sender check", () => {
    const { own, hand, attached } = setUp();
    const listeners = new Map<string, (e: IpcMainEvent) => void>();
    const ipcMain = {
      on: (c: string, fn: (e: IpcMainEvent) => void) => listeners.set(c, fn),
      removeListener: vi.fn(),
    } as unknown as IpcMain;
    hand.listen(ipcMain);
    const want = listeners.get(PORT_IPC.want)!;
    const frame = (url: string, parent: unknown = null) => ({ url, parent });
    want({ sender: own, senderFrame: frame('https://evil.example/') } as unknown as IpcMainEvent);
    want({
      sender: own,
      senderFrame: frame('app://edgar-archive/index.html', frame('app://edgar-archive/index.html')),
    } as unknown as IpcMainEvent);
    expect(attached).toEqual([]);
    want({ sender: own, senderFrame: frame('app://edgar-archive/index.html') } as unknown as IpcMainEvent);
    expect(attached).toHaveLength(1);
  });

  it('tells a live window its port is gone', () => {
    const { own, hand } = setUp();
    hand.lost(own as unknown as WebContents);
    own.destroyed = true;
    hand.lost(own as unknown as WebContents);
    expect(own.sent).toEqual([PORT_IPC.lost]);
  });
});
