import { describe, expect, it } from 'vitest';
import type { ArchiveRoot, IndexProgress, IndexSummary } from '../../../src/shared/api/types';
import type { EventName } from '../../../src/shared/ipc/contract';
import { IndexController, type StartIndexRun } from '../../../src/main/api/index-controller';

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
const progress = (filesDone: number): IndexProgress => ({
  phase: 'parsing',
  filesDone,
  filesTotal: 10,
  bytesDone: 0,
  bytesTotal: 0,
  currentFile: null,
  mbPerSecond: 0,
  etaSeconds: null,
  errors: 0,
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
  });
  return { controller, runs, events, watched, roots };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('IndexController', () => {
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
