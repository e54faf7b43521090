import { describe, expect, it } from 'vitest';
import { ExportRunner, type ExportJob } from '../../../src/main/api/export-runner';

function job(overrides: Partial<ExportJob> = {}): ExportJob {
  return {
    choosePath: async () => '/tmp/out.csv',
    write: async (path) => ({ rows: 3, path }),
    onProgress: () => {},
    ...overrides,
  };
}

describe('ExportRunner', () => {
  it('writes where the user chose', async () => {
    expect(await new ExportRunner().run(job())).toEqual({ path: '/tmp/out.csv', rows: 3, cancelled: false });
  });

  it('remembers what its exports wrote (CSV and record), and nothing of a cancelled one', async () => {
    const runner = new ExportRunner();
    const outcome = await runner.run(job({ write: async (path) => ({ rows: 1, path, sidecarPath: `${path}.json` }) }));
    expect(outcome.sidecarPath).toBe('/tmp/out.csv.json');
    expect(runner.wrote('/tmp/out.csv')).toBe(true);
    expect(runner.wrote('/tmp/out.csv.json')).toBe(true);
    expect(runner.wrote('/tmp/../tmp/out.csv')).toBe(false);
    const cancelled = runner.run(
      job({
        choosePath: async () => '/tmp/other.csv',
        write: async (path) => (runner.cancel(), { rows: 1, path }),
      }),
    );
    expect((await cancelled).cancelled).toBe(true);
    expect(runner.wrote('/tmp/other.csv')).toBe(false);
  });

  it('does nothing when the save dialog is dismissed', async () => {
    let wrote = false;
    const outcome = await new ExportRunner().run(
      job({ choosePath: async () => null, write: async (p) => ((wrote = true), { rows: 0, path: p }) }),
    );
    expect(outcome).toEqual({ path: null, rows: 0, cancelled: false });
    expect(wrote).toBe(false);
  });

  it('refuses a second export while one runs, dialog included, and frees the slot afterwards', async () => {
    const runner = new ExportRunner();
    let release!: (path: string) => void;
    const first = runner.run(job({ choosePath: () => new Promise((r) => (release = r)) }));
    await expect(runner.run(job())).rejects.toMatchObject({ code: 'busy' });
    release('/tmp/a.csv');
    expect(await first).toMatchObject({ path: '/tmp/a.csv', cancelled: false });
    expect(await runner.run(job())).toMatchObject({ cancelled: false });
  });

  it('reports a cancelled export as cancelled, whether the writer resolves or rejects on abort', async () => {
    const runner = new ExportRunner();
    const aborting = (mode: 'resolve' | 'reject'): ExportJob =>
      job({
        write: (_path, { signal }) =>
          new Promise((resolve, reject) =>
            signal.addEventListener('abort', () =>
              mode === 'resolve' ? resolve({ rows: 1, path: '/tmp/x' }) : reject(new Error('aborted')),
            ),
          ),
      });
    for (const mode of ['resolve', 'reject'] as const) {
      const running = runner.run(aborting(mode));
      await new Promise((r) => setTimeout(r, 0));
      runner.cancel();
      expect(await running).toMatchObject({ path: null, cancelled: true });
    }
  });

  it('lets real failures through', async () => {
    const failing = job({ write: async () => Promise.reject(new Error('disk full')) });
    await expect(new ExportRunner().run(failing)).rejects.toThrow('disk full');
  });
});
