import { memoryBackendStore } from '../../../src/main/api/backend-settings';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, Dialog, Shell } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchiveApi, type ArchiveApi } from '../../../src/main/api/archive-api';
import { openDatabase } from '../../../src/main/core/db/open';
import { indexFolders } from '../../../src/main/core/indexer/index-folders';
import { electronPlatform } from '../../../src/main/electron/dialogs';
import { createLoopbackPlatform } from '../../../src/main/loopback/platform';
import { htmlFiling } from '../../helpers/html-filing';
import type { ArchiveRoot, ArchiveStatus, Result, SearchResponse } from '../../../src/shared/api/types';

// "Open original" and "Reveal in folder" against a real index of a folder holding what an
// archive can hold: real-looking filings, files named to run (.bat, .js, .hta, .desktop)
// whose text reads like a report, a FIFO, a binary, and links. The shell is a small fake of
// Electron's, behind the app's own Electron platform.

const SENTENCE = 'The registrant reports quarterly revenue of 12 million dollars and a definitive merger agreement.';
const FILING = htmlFiling({
  company: 'OPEN ORIGINAL TEST CORP',
  form: '8-K',
  html: `<html><body><p>${SENTENCE}</p></body></html>`,
});

/** Files named to run when opened, each holding one sentence of report text. */
const RUNNABLE = [
  'quarterly-report.bat',
  'current-report.js',
  'annual-report.hta',
  '10-K.desktop',
  'report.cmd',
  'REPORT.EXE',
];

describe('opening files of the archive', () => {
  let work: string;
  let data: string;
  let api: ArchiveApi;
  const shellCalls: string[] = [];
  const paths = new Map<string, string>();

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'file-access-'));
    data = join(work, 'data');
    mkdirSync(data);
    const outside = join(work, 'outside');
    mkdirSync(outside);
    const put = (name: string, content: string | Buffer) => {
      writeFileSync(join(data, name), content);
      paths.set(name, join(data, name));
    };
    put('open-original-8k.txt', FILING);
    put('plain-report.htm', `<html><body><p>${SENTENCE} Plain.</p></body></html>`);
    for (const name of RUNNABLE) put(name, `${SENTENCE} (${name})\n`);
    put('junk.txt', Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8, 0, 0]));
    execFileSync('mkfifo', [join(data, 'pipe.txt')]);
    paths.set('pipe.txt', join(data, 'pipe.txt'));
    // A document-named link to a runnable file, and one to a document outside the archive.
    symlinkSync(join(data, 'quarterly-report.bat'), join(data, 'linked-report.txt'));
    paths.set('linked-report.txt', join(data, 'linked-report.txt'));
    writeFileSync(join(outside, 'private.txt'), `${SENTENCE} Outside.`);
    symlinkSync(join(outside, 'private.txt'), join(data, 'escape.txt'));
    paths.set('escape.txt', join(data, 'escape.txt'));

    const dbPath = join(work, 'archive.db');
    await indexFolders({ dbPath, roots: [data], parseWorkers: 1 });
    const shell = {
      openPath: async (p: string) => (shellCalls.push(`open ${p}`), ''),
      showItemInFolder: (p: string) => void shellCalls.push(`show ${p}`),
      openExternal: async () => {},
    } as unknown as Shell;
    const platform = electronPlatform({
      dialog: {} as Dialog,
      shell,
      window: () => ({}) as BrowserWindow,
      samplesDir: '/nonexistent',
      backendSettings: memoryBackendStore(),
    });
    api = await openArchiveApi({ dbPath, platform, watch: false });
  });

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const statusOf = (name: string) => {
    const db = openDatabase(join(work, 'archive.db'), { readonly: true });
    try {
      return (
        db.prepare('SELECT status FROM files WHERE path = ?').get(paths.get(name)) as { status: string } | undefined
      )?.status;
    } finally {
      db.close();
    }
  };

  async function openOriginal(name: string): Promise<{ result: Result<unknown>; calls: string[] }> {
    shellCalls.length = 0;
    const result = await api.dispatch('filing:openFile', { path: paths.get(name) ?? name });
    return { result, calls: [...shellCalls] };
  }

  it('opens filing documents with document extensions', async () => {
    for (const name of ['open-original-8k.txt', 'plain-report.htm']) {
      expect(statusOf(name)).toBe('indexed');
      expect(await openOriginal(name)).toEqual({
        result: { ok: true, value: null },
        calls: [`open ${paths.get(name)}`],
      });
    }
  });

  it.each(RUNNABLE)(
    'reveals %s in its folder instead of opening it, though its text reads as a filing',
    async (name) => {
      expect(await openOriginal(name)).toEqual({
        result: { ok: true, value: null },
        calls: [`show ${paths.get(name)}`],
      });
    },
  );

  it.each(['pipe.txt', 'junk.txt'])('reveals %s, a file the indexer did not accept as a document', async (name) => {
    expect(statusOf(name)).toBe('error');
    expect(await openOriginal(name)).toEqual({ result: { ok: true, value: null }, calls: [`show ${paths.get(name)}`] });
  });

  it('reveals a document-named link to a runnable file, at its real path', async () => {
    expect(await openOriginal('linked-report.txt')).toEqual({
      result: { ok: true, value: null },
      calls: [`show ${paths.get('quarterly-report.bat')}`],
    });
  });

  it('refuses a file outside every archive folder, through a link or not indexed at all', async () => {
    for (const path of [
      paths.get('escape.txt')!,
      join(work, 'outside', 'private.txt'),
      '/bin/sh',
      `${data}/../outside/private.txt`,
    ]) {
      const { result, calls } = await openOriginal(path);
      expect(result, path).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(calls).toEqual([]);
      shellCalls.length = 0;
      expect(await api.dispatch('filing:revealFile', { path })).toMatchObject({ ok: false });
      expect(shellCalls).toEqual([]);
    }
  });
});

describe('adding an archive folder from the page', () => {
  let work: string;
  let api: ArchiveApi;
  let platform: ReturnType<typeof createLoopbackPlatform>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'add-root-'));
    mkdirSync(join(work, 'data'));
    mkdirSync(join(work, 'secret'));
    writeFileSync(join(work, 'secret', 'id_rsa.txt'), '-----BEGIN OPENSSH PRIVATE KEY----- registrant merger\n');
    platform = createLoopbackPlatform({ samplesDir: '/nonexistent', folder: join(work, 'data') });
    api = await openArchiveApi({ dbPath: join(work, 'archive.db'), platform, watch: false });
  });

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('refuses addRoot(<data>/../secret) unless the user confirms the real path in a dialog', async () => {
    const result = await api.dispatch('archive:addRoot', { path: join(work, 'data') + '/../secret' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    // The dialog showed the folder as it really is, not as the page spelled it.
    expect(platform.calls.confirmations).toEqual([join(work, 'secret')]);
    const status = (await api.dispatch('archive:status', undefined)) as Result<ArchiveStatus>;
    expect(status.ok && status.value.roots).toEqual([]);
    await api.indexer.idle();
    const found = (await api.dispatch('search:query', { query: 'registrant' })) as Result<SearchResponse>;
    expect(found.ok && found.value.total).toBe(0);
  });

  it("adds the folder picked in the main process's own dialog without asking again", async () => {
    const result = (await api.dispatch('archive:chooseFolder', undefined)) as Result<ArchiveRoot>;
    expect(result.ok && result.value.path).toBe(join(work, 'data'));
    expect(platform.calls.confirmations).toHaveLength(1);
  });
});
