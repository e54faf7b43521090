import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { NewerDatabaseError } from '../../../src/main/core/db/migrate';
import { selectNativeBinding } from '../../../src/main/core/db/native';
import { openDatabase } from '../../../src/main/core/db/open';
import { createCrashReporter } from '../../../src/main/electron/crash-log';
import { guardWindowLoad } from '../../../src/main/electron/load-guard';
import { askAboutOpenFailure, openWithRecovery, setAside } from '../../../src/main/electron/open-recovery';
import { classifyOpenError, type OpenFailure, type OpenFailureReason } from '../../../src/main/relay/open-failure';
import { FakeContents } from './fakes';

const work = mkdtempSync(join(tmpdir(), 'failures-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

describe('why an archive did not open', () => {
  it('names a newer schema, a damaged file, a lock and a missing Electron build of SQLite', () => {
    const newer = join(work, 'newer.db');
    const db = openDatabase(newer);
    db.pragma('user_version = 999');
    db.close();
    expect(thrownBy(() => openDatabase(newer))).toBeInstanceOf(NewerDatabaseError);
    expect(
      classifyOpenError(
        thrownBy(() => openDatabase(newer)),
        newer,
      ).reason,
    ).toBe('newer');

    const corrupt = join(work, 'corrupt.db');
    writeFileSync(corrupt, 'not a database '.repeat(500));
    expect(
      classifyOpenError(
        thrownBy(() => openDatabase(corrupt)),
        corrupt,
      ).reason,
    ).toBe('corrupt');

    const native = thrownBy(() => selectNativeBinding({ ...process.versions, electron: '43.8.12' }, work));
    expect(classifyOpenError(native, 'x.db').reason).toBe('native');
    const abi = Object.assign(
      new Error(
        "The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 140.",
      ),
      { code: 'ERR_DLOPEN_FAILED' },
    );
    expect(classifyOpenError(abi, 'x.db').reason).toBe('native');
    expect(classifyOpenError(new Error('something else'), 'x.db').reason).toBe('other');
  });

  it('names a database another program holds locked', () => {
    const locked = join(work, 'locked.db');
    const holder = new Database(locked);
    holder.exec('CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);');
    try {
      const err = thrownBy(() => {
        const db = new Database(locked, { timeout: 50 });
        db.pragma('journal_mode = WAL');
      });
      expect(classifyOpenError(err, locked).reason).toBe('locked');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});

describe('the dialog for an archive that did not open', () => {
  const reasons: OpenFailureReason[] = ['newer', 'corrupt', 'locked', 'native', 'unreadable', 'crashed', 'other'];

  it('names each reason and offers open another, rebuild from its folders, and quit', async () => {
    const headlines = new Set<string>();
    for (const reason of reasons) {
      const shown: Electron.MessageBoxOptions[] = [];
      const dialog = {
        showMessageBox: async (o: Electron.MessageBoxOptions) => (
          shown.push(o),
          { response: 1, checkboxChecked: false }
        ),
      };
      const failure: OpenFailure = { reason, dbPath: '/d/archive.db', message: 'boom', roots: ['/data/filings'] };
      expect(await askAboutOpenFailure(dialog as never, failure)).toBe('rebuild');
      expect(shown[0]!.buttons).toEqual(['Open Another Archive…', 'Rebuild Index from Its Folders', 'Quit']);
      expect(shown[0]!.detail).toContain('/d/archive.db');
      expect(shown[0]!.detail).toContain('/data/filings');
      headlines.add(shown[0]!.message);
    }
    expect(headlines.size).toBe(reasons.length); // each reason has its own words
  });

  it('maps the buttons to choices; closing the dialog quits', async () => {
    const answer = (response: number) => ({ showMessageBox: async () => ({ response, checkboxChecked: false }) });
    const failure: OpenFailure = { reason: 'corrupt', dbPath: '/d/a.db', message: 'x' };
    expect(await askAboutOpenFailure(answer(0) as never, failure)).toBe('open-another');
    expect(await askAboutOpenFailure(answer(2) as never, failure)).toBe('quit');
    expect(await askAboutOpenFailure(answer(7) as never, failure)).toBe('quit');
  });
});

describe('recovering from an archive that did not open', () => {
  const init = { dbPath: '/d/archive.db', samplesDir: '/s' };
  const corrupt: OpenFailure = {
    reason: 'corrupt',
    dbPath: '/d/archive.db',
    message: 'x',
    roots: ['/data/a', '/data/b'],
  };

  it('rebuilds from the old folders after setting the file aside', async () => {
    const starts: unknown[] = [];
    const setAsideCalls: string[] = [];
    const opened = await openWithRecovery(init, {
      start: async (i) => (starts.push(i), starts.length === 1 ? { ok: false, failure: corrupt } : { ok: true }),
      ask: async () => 'rebuild',
      chooseArchive: async () => null,
      setAside: (p) => (setAsideCalls.push(p), `${p}.aside`),
    });
    expect(setAsideCalls).toEqual(['/d/archive.db']);
    expect(opened).toEqual({ ...init, addRoots: ['/data/a', '/data/b'] });
  });

  it('opens another archive when one is picked, asks again when the picker is dismissed, and quits on quit', async () => {
    const picks = [null, '/e/other.db'];
    const answers = ['open-another', 'open-another'] as const;
    let asked = 0;
    const opened = await openWithRecovery(init, {
      start: async (i) => (i.dbPath === '/e/other.db' ? { ok: true } : { ok: false, failure: corrupt }),
      ask: async () => answers[asked++]!,
      chooseArchive: async () => picks.shift() ?? null,
      setAside: () => {
        throw new Error('must not set anything aside');
      },
    });
    expect(opened?.dbPath).toBe('/e/other.db');
    expect(asked).toBe(2);
    const quit = await openWithRecovery(init, {
      start: async () => ({ ok: false, failure: corrupt }),
      ask: async () => 'quit',
      chooseArchive: async () => null,
      setAside: () => '',
    });
    expect(quit).toBeNull();
  });

  it('sets the database and its -wal and -shm files aside, never deleting them', () => {
    const db = join(work, 'aside.db');
    for (const s of ['', '-wal', '-shm']) writeFileSync(db + s, `content${s}`);
    const aside = setAside(db, new Date('2026-12-03T12:00:00Z'));
    expect(aside).toBe(`${db}.set-aside-2026-12-03T12-00-00-000Z`);
    for (const s of ['', '-wal', '-shm']) {
      expect(existsSync(db + s)).toBe(false);
      expect(readFileSync(aside + s, 'utf8')).toBe(`content${s}`);
    }
  });
});

class LoadingContents extends FakeContents {
  reloads = 0;
  loadedUrls: string[] = [];
  reload(): void {
    this.reloads++;
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
  }
}

describe('a window whose page fails', () => {
  it('reloads once after a failed load, then shows an error page (and the window)', () => {
    const contents = new LoadingContents();
    const show = vi.fn();
    guardWindowLoad(contents as never, { show, logPath: '/u/logs/main.log' });
    contents.fire('did-fail-load', -3, 'ERR_ABORTED', 'file:///app/index.html', true); // replaced, not failed
    contents.fire('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', 'file:///app/frame.html', false); // a subframe
    expect(contents.reloads).toBe(0);
    contents.fire('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', 'file:///app/index.html', true);
    expect(contents.reloads).toBe(1);
    expect(show).not.toHaveBeenCalled();
    contents.fire('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', 'file:///app/index.html', true);
    expect(contents.reloads).toBe(1);
    expect(contents.loadedUrls).toHaveLength(1);
    const page = decodeURIComponent(contents.loadedUrls[0]!);
    expect(page).toMatch(/^data:text\/html/);
    expect(page).toContain('ERR_FILE_NOT_FOUND');
    expect(page).toContain('/u/logs/main.log');
    expect(page).not.toContain('<script');
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('reloads once when the renderer process dies, but not when it exits cleanly', () => {
    const contents = new LoadingContents();
    guardWindowLoad(contents as never, { show: () => {}, logPath: '/l' });
    contents.fire('render-process-gone', { reason: 'clean-exit', exitCode: 0 });
    expect(contents.reloads).toBe(0);
    contents.fire('render-process-gone', { reason: 'crashed', exitCode: 139 });
    expect(contents.reloads).toBe(1);
    contents.fire('render-process-gone', { reason: 'oom', exitCode: 0 });
    expect(decodeURIComponent(contents.loadedUrls[0]!)).toContain('oom');
  });
});

describe('unexpected main-process errors', () => {
  it('logs every one to a file in userData and shows only the first', () => {
    const logPath = join(work, 'user-data', 'logs', 'main.log');
    const show = vi.fn();
    const report = createCrashReporter({ logPath, show, now: () => new Date('2026-12-03T12:00:00Z') });
    report('uncaught exception', new Error('first failure'));
    report('unhandled rejection', 'second failure');
    const log = readFileSync(logPath, 'utf8');
    expect(log).toContain('2026-12-03T12:00:00.000Z uncaught exception: Error: first failure');
    expect(log).toContain('unhandled rejection: second failure');
    expect(show).toHaveBeenCalledTimes(1);
    expect(show.mock.calls[0]![1]).toContain('first failure');
    expect(show.mock.calls[0]![1]).toContain(logPath);
  });
});
