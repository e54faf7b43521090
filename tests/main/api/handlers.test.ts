import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  ArchiveRoot,
  ArchiveStatus,
  DocumentView,
  ExportOutcome,
  FilingDetail,
  IndexSummary,
  Result,
  SearchResponse,
} from '../../../src/shared/api/types';
import { openArchiveApi, type ArchiveApi } from '../../../src/main/api/archive-api';
import { createLoopbackPlatform } from '../../../src/main/loopback/platform';
import { CORPUS_FILES, describeWithShared } from '../../helpers/shared';

// Three real filings of different formats: an SGML 8-K, an SGML Form 4 and a .nc 424B5.
const FILES = [
  'mwaldstein__edgarWebR/0000037996-17-000084.txt.txt',
  'DarkMindFX__DarkMindFX.Filings/0000320193-17-000018.txt',
  'dgunning__edgartools/0001193125-10-145855.nc',
];

describeWithShared('the contract handlers over the real core', () => {
  let work: string;
  let folder: string;
  let saveDir: string;
  let api: ArchiveApi;
  let platform: ReturnType<typeof createLoopbackPlatform>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'handlers-test-'));
    folder = join(work, 'filings');
    saveDir = join(work, 'save');
    mkdirSync(folder);
    mkdirSync(saveDir);
    for (const file of FILES) copyFileSync(join(CORPUS_FILES, file), join(folder, basename(file)));
    // The page's addRoot needs the user's confirmation; here the user says yes.
    platform = createLoopbackPlatform({ samplesDir: '/nonexistent', folder, saveDir, confirmFolders: true });
    api = await openArchiveApi({ dbPath: join(work, 'archive.db'), platform, watch: false });
  });

  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  async function call<T>(channel: string, request?: unknown): Promise<Result<T>> {
    return (await api.dispatch(channel, request)) as Result<T>;
  }
  async function value<T>(channel: string, request?: unknown): Promise<T> {
    const result = await call<T>(channel, request);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value;
  }
  function nextDone(): Promise<IndexSummary> {
    return new Promise((resolve) => {
      const stop = api.events.subscribe((event, payload) => {
        if (event !== 'index:done') return;
        stop();
        resolve(payload as IndexSummary);
      });
    });
  }

  it('refuses folders that are not absolute or do not exist', async () => {
    expect(await call('archive:addRoot', { path: 'relative/dir' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await call('archive:addRoot', { path: join(work, 'missing') })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect((await value<ArchiveStatus>('archive:status')).roots).toEqual([]);
  });

  it('adds the folder chosen in the dialog and indexes it in the worker', async () => {
    const done = nextDone();
    const root = await value<ArchiveRoot>('archive:chooseFolder');
    expect(root.path).toBe(folder);
    expect(await done).toMatchObject({ filesIndexed: 3, filings: 3, errors: [] });
    const again = await value<ArchiveRoot>('archive:addRoot', { path: folder });
    expect(again.id).toBe(root.id);
    await api.indexer.idle();
    const status = await value<ArchiveStatus>('archive:status');
    expect(status).toMatchObject({ filings: 3, errorCount: 0, indexing: null });
    expect(status.roots).toHaveLength(1);
    expect(status.lastIndexedAt).toEqual(expect.any(Number));
  });

  it('searches, opens a filing and its document, and reports what is missing', async () => {
    const all = await value<SearchResponse>('search:query', { query: '', sort: 'filed', order: 'asc' });
    expect(all.results.map((r) => r.accessionNumber)).toEqual([
      '0001193125-10-145855',
      '0000320193-17-000018',
      '0000037996-17-000084',
    ]);
    const ford = all.results[2];
    const detail = await value<FilingDetail>('filing:get', { id: ford.id });
    expect(detail.companies[0].name).toBe('FORD MOTOR CO');
    const doc = await value<DocumentView>('filing:document', { docId: detail.documents[0].id, query: 'Ford' });
    expect(doc.text.length).toBeGreaterThan(100);
    expect(doc.hits.length).toBeGreaterThan(0);
    expect(await call('filing:get', { id: 987_654 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('filing:document', { docId: 987_654 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('exports the results as CSV where the save dialog points', async () => {
    const outcome = await value<ExportOutcome>('export:csv', {
      query: '',
      sort: 'filed',
      order: 'asc',
      columns: ['accessionNumber', 'formType'],
      bom: false,
    });
    expect(outcome).toEqual({ path: join(saveDir, 'edgar-export.csv'), rows: 3, cancelled: false });
    const lines = readFileSync(outcome.path!, 'utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('0001193125-10-145855');
  });

  it('exports every hit of a query (export:kwic): one row per hit the document view shows', async () => {
    const query = 'Ford OR notes';
    const res = await value<SearchResponse>('search:query', { query, limit: 100 });
    expect(res.total).toBeGreaterThan(1);
    let hits = 0;
    for (const r of res.results) {
      hits += (await value<DocumentView>('filing:document', { docId: r.docId!, query })).hitTotal;
    }
    const progress: unknown[] = [];
    const stop = api.events.subscribe((event, payload) => void (event === 'export:progress' && progress.push(payload)));
    const outcome = await value<ExportOutcome>('export:kwic', { query, window: 3 });
    stop();
    expect(outcome).toEqual({
      path: join(saveDir, 'edgar-hits.csv'),
      rows: hits,
      cancelled: false,
      filings: res.total,
    });
    const lines = readFileSync(outcome.path!, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'accessionNumber,formType,date,dateKind,companyName,cik,document,section,offset,left,match,right',
    );
    expect(lines).toHaveLength(hits + 1);
    expect(progress.at(-1)).toEqual({ rowsDone: res.total, rowsTotal: res.total, hits });
    // A query with nothing to find in the text is refused before the save dialog.
    expect(await call('export:kwic', { query: 'form:8-K' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('reveals and removes roots, refusing unknown ids', async () => {
    const [root] = (await value<ArchiveStatus>('archive:status')).roots;
    await value('archive:revealRoot', { id: root.id });
    expect(platform.calls.revealed).toEqual([folder]);
    expect(await value('archive:errors', {})).toEqual({ total: 0, errors: [], groups: [] });
    await value('archive:removeRoot', { id: root.id });
    expect((await value<ArchiveStatus>('archive:status')).roots).toEqual([]);
    expect(await call('archive:removeRoot', { id: root.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await call('archive:revealRoot', { id: root.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
