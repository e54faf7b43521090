import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArchiveRoot, IndexProgress, IndexSummary } from '../../../src/shared/api/types';
import type { EventName } from '../../../src/shared/ipc/contract';
import { IndexController, type StartIndexRun } from '../../../src/main/api/index-controller';
import { MAX_EARLY_COMMITS } from '../../../src/main/core/indexer/parse-phase';

const root = (id: number): ArchiveRoot => ({ id, path: `/data/r${id}`, addedAt: 0, lastIndexedAt: null, files: 0 });
const summary = (filings: number): IndexSummary => ({
  filesSeen: filings,
  filesIndexed: filings,
  filesSkipped: 0,
  filesRemoved: 0,
  filings,
  errors: [],
  seconds: 0.1,
});
const progress = (filesDone: number, commits = 0): IndexProgress => ({
  phase: 'parsing',
  filesDone,
  filesTotal: 10,
  bytesDone: 0,
  bytesTotal: 0,
  currentFile: null,
  mbPerSecond: 0,
  etaSeconds: null,
  errors: 0,
  filings: 0,
  documents: 0,
  commits,
});

/** A stand-in for the index worker whose runs the test finishes by hand. */
function harness(roots = [root(1), root(2)]) {
  const runs: {
    roots: string[];
    onProgress: (p: IndexProgress) => void;
    finish(s: IndexSummary): void;
    fail(e: Error): void;
    cancelled: boolean;
  }[] = [];
  const start: StartIndexRun = ({ roots: paths, onProgress }) => {
    let finish!: (s: IndexSummary) => void;
    let fail!: (e: Error) => void;
    const done = new Promise<IndexSummary>((resolve, reject) => ((finish = resolve), (fail = reject)));
    const run = { roots: paths, onProgress, finish, fail, cancelled: false };
    runs.push(run);
    return { done, cancel: () => ((run.cancelled = true), finish({ ...summary(0), cancelled: true })) };
  };
  const events: [EventName, unknown][] = [];
  const watched: { paths: string[]; onChange: () => void; closed: boolean }[] = [];
  const controller = new IndexController({
    dbPath: '/tmp/a.db',
    listRoots: () => roots,
    start,
    watch: (paths, onChange) => {
      const w = { paths, onChange, closed: false };
      watched.push(w);
      return { close: async () => void (w.closed = true) };
    },
    emit: (event, payload) => void events.push([event, payload]),
    log: { error: () => {}, info: () => {} },
    commitNoticeMs: 5000,
  });
  return { controller, runs, events, watched, roots };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('IndexController', () => {
  afterEach(() => void vi.useRealTimers());

  it("announces a run's early commits at once (the first results), later ones at most every commitNoticeMs", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { controller, runs, events } = harness();
    const changes = () => events.filter(([name]) => name === 'archive:changed').length;
    controller.request([1]);
    runs[0].onProgress(progress(5, 0));
    expect(changes()).toBe(0);
    // The early commits: small batches until one holds a filing (parse-phase.ts).
    for (let c = 1; c <= MAX_EARLY_COMMITS + 1; c++) {
      runs[0].onProgress(progress(c * 3, c));
      expect(changes()).toBe(c);
    }
    const early = MAX_EARLY_COMMITS + 1;
    runs[0].onProgress(progress(210, early + 1));
    runs[0].onProgress(progress(410, early + 2));
    expect(changes()).toBe(early);
    vi.advanceTimersByTime(4999);
    expect(changes()).toBe(early);
    vi.advanceTimersByTime(1);
    expect(changes()).toBe(early + 1);
    // Progress without a new commit announces nothing.
    runs[0].onProgress(progress(500, early + 2));
    vi.advanceTimersByTime(60_000);
    expect(changes()).toBe(early + 1);
    // After a quiet spell a commit is announced at once; one still waiting when the run ends
    // is covered by the run's own announcement.
    runs[0].onProgress(progress(610, early + 3));
    expect(changes()).toBe(early + 2);
    runs[0].onProgress(progress(810, early + 4));
    runs[0].finish(summary(800));
    await controller.idle();
    vi.advanceTimersByTime(60_000);
    expect(changes()).toBe(early + 3);
    expect(events.at(-1)?.[0]).toBe('archive:changed');
  });

  it('runs the requested roots in the worker and reports progress and the summary', async () => {
    const { controller, runs, events } = harness();
    controller.request([2]);
    expect(runs.map((r) => r.roots)).toEqual([['/data/r2']]);
    runs[0].onProgress(progress(3));
    expect(controller.progress).toEqual(progress(3));
    expect(controller.isIndexing(2)).toBe(true);
    expect(controller.isIndexing(1)).toBe(false);
    runs[0].finish(summary(4));
    await controller.idle();
    expect(controller.progress).toBeNull();
    expect(events.map(([name]) => name)).toEqual(['index:progress', 'index:done', 'archive:changed']);
    expect(events[1][1]).toEqual(summary(4));
  });

  it('never runs two at once: requests during a run are merged into one follow-up run', async () => {
    const { controller, runs } = harness();
    controller.request([1]);
    runs[0].onProgress(progress(1));
    controller.request([2]);
    controller.request([1]);
    expect(runs).toHaveLength(1);
    runs[0].finish(summary(1));
    await tick();
    expect(runs.map((r) => r.roots)).toEqual([['/data/r1'], ['/data/r1', '/data/r2']]);
    runs[1].finish(summary(2));
    await controller.idle();
    expect(runs).toHaveLength(2);
  });

  it('adds nothing for roots the run under way covers while it is still scanning', async () => {
    const { controller, runs } = harness();
    controller.request([1, 2]);
    controller.request([2]);
    runs[0].onProgress({ ...progress(0), phase: 'scanning' });
    controller.request([1]);
    runs[0].finish(summary(2));
    await controller.idle();
    expect(runs).toHaveLength(1);
  });

  it('indexes every root when none are named, and nothing when there are no roots', async () => {
    const all = harness();
    all.controller.request();
    expect(all.runs[0].roots).toEqual(['/data/r1', '/data/r2']);
    const none = harness([]);
    none.controller.request();
    expect(none.runs).toHaveLength(0);
  });

  it('cancels the run under way and drops queued requests', async () => {
    const { controller, runs, events } = harness();
    controller.request([1]);
    controller.request([2]);
    controller.cancel();
    await controller.idle();
    expect(runs).toHaveLength(1);
    expect(runs[0].cancelled).toBe(true);
    expect(events.find(([name]) => name === 'index:done')?.[1]).toMatchObject({ cancelled: true });
  });

  it('reports a failed run as done with an error instead of leaving the UI waiting', async () => {
    const { controller, runs, events } = harness();
    controller.request([1]);
    runs[0].fail(new Error('worker crashed: /secret/path'));
    await controller.idle();
    const done = events.find(([name]) => name === 'index:done')?.[1] as IndexSummary;
    expect(done.errors).toHaveLength(1);
    expect(done.errors[0].reason).not.toContain('/secret/path');
    expect(controller.running).toBe(false);
  });

  it('watches the roots and re-indexes them all when a folder changes', async () => {
    const { controller, runs, watched } = harness();
    await controller.watchRoots();
    expect(watched[0].paths).toEqual(['/data/r1', '/data/r2']);
    watched[0].onChange();
    expect(runs.map((r) => r.roots)).toEqual([['/data/r1', '/data/r2']]);
    await controller.watchRoots();
    expect(watched[0].closed).toBe(true);
    runs[0].finish(summary(0));
    await controller.close();
    expect(watched[1].closed).toBe(true);
    controller.request();
    expect(runs).toHaveLength(1);
  });
});
