import { describe, expect, it, vi } from 'vitest';
import { createEventHub } from '../../../src/main/api/events';
import { ArchiveClient } from '../../../src/main/relay/client';
import type { Result } from '../../../src/shared/api/types';
import { fakeArchiveTransport, newFakeArchive, testPlatform as platform, type FakeArchive } from './fake-transport';

const init = { dbPath: '/tmp/x.db', samplesDir: '/samples' };
const search = (query: string, extra: Record<string, unknown> = {}) => ({ query, limit: 50, ...extra });

function setup(
  archive: FakeArchive = newFakeArchive(),
  more: Partial<ConstructorParameters<typeof ArchiveClient>[0]> = {},
) {
  const transports: ReturnType<typeof fakeArchiveTransport>[] = [];
  const log = { warn: vi.fn(), error: vi.fn() };
  const events = createEventHub();
  const client = new ArchiveClient({
    spawn: () => {
      const t = fakeArchiveTransport(archive);
      transports.push(t);
      return t;
    },
    init,
    platform,
    events,
    log,
    ...more,
  });
  return { client, transports, log, events, archive };
}

describe('the relay to the archive process', () => {
  it('numbers requests, validates them in the main process and matches each reply to its request', async () => {
    const { client, transports } = setup();
    await expect(client.start()).resolves.toEqual({ ok: true });
    const [a, b] = await Promise.all([
      client.dispatch('search:query', search('alpha')),
      client.dispatch('filing:get', { id: 7 }),
    ]);
    expect(a).toEqual({ ok: true, value: search('alpha') });
    expect(b).toEqual({ ok: true, value: { id: 7 } });
    const bad = await client.dispatch('filing:get', { id: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await client.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const ids = transports[0]!.sent.flatMap((m) => (m.type === 'request' ? [m.id] : []));
    expect(ids).toEqual([1, 2]); // the invalid ones never crossed
  });

  it("lets a newer search of a window cancel its older one; other windows' and other pages' searches run", async () => {
    const archive = newFakeArchive();
    const { client } = setup(archive);
    await client.start();
    const old = client.dispatch('search:query', search('alpha'), 1);
    const page = client.dispatch('search:query', search('alpha', { offset: 50 }), 1);
    const other = client.dispatch('search:query', search('alpha'), 2);
    const facets = client.dispatch('search:query', search('', { limit: 1, facets: true, facetLimit: 1000 }), 1);
    const newer = client.dispatch('search:query', search('beta'), 1);
    expect(await old).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await page).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await other).toMatchObject({ ok: true });
    expect(await facets).toMatchObject({ ok: true });
    expect(await newer).toMatchObject({ ok: true, value: search('beta') });
    // The cancelled ones were still queued, so the archive never ran them.
    expect(archive.started.map((s) => (s.request as { query: string }).query)).toEqual(['alpha', '', 'beta']);
  });

  it('keeps pages of one query together (they do not cancel each other)', async () => {
    const { client } = setup();
    await client.start();
    const pages = await Promise.all(
      [0, 50, 100].map((offset) => client.dispatch('search:query', search('alpha', { offset }), 1)),
    );
    expect(pages.every((p) => p.ok)).toBe(true);
  });

  it('logs requests slower than 100 ms with their kind', async () => {
    const archive = newFakeArchive();
    let clock = 0;
    const { client, log } = setup(archive, { now: () => clock });
    archive.answer = (channel, request) => {
      if (channel === 'export:csv') clock += 250;
      else clock += 20;
      return { ok: true, value: request ?? null };
    };
    await client.start();
    await client.dispatch('filing:get', { id: 1 });
    await client.dispatch('export:csv', { query: 'x', columns: ['formType'], bom: false });
    expect(log.warn).toHaveBeenCalledTimes(1);
    // With the part spent in the archive process, which the archive process measures itself.
    expect(log.warn.mock.calls[0]![0]).toMatch(
      /slow request: export:csv took 250 ms \(\d+ ms in the archive process\)$/,
    );
  });

  it("forwards the archive's events (progress) and runs its dialogs in the main process", async () => {
    const archive = newFakeArchive();
    const { client, events } = setup(archive);
    const seen: unknown[] = [];
    events.subscribe((event, payload) => seen.push([event, payload]));
    await client.start();
    archive.events.emit('export:progress', { rowsWritten: 10, rowsTotal: 20 } as never);
    await vi.waitFor(() => expect(seen).toEqual([['export:progress', { rowsWritten: 10, rowsTotal: 20 }]]));
  });

  it('restarts a process that died, answers what was in flight, and says so', async () => {
    const archive = newFakeArchive();
    const onRestart = vi.fn();
    const { client, transports } = setup(archive, { onRestart });
    await client.start();
    archive.answer = () => new Promise<Result<unknown>>(() => {}); // never answers: the process dies first
    const inFlight = client.dispatch('filing:get', { id: 1 });
    await vi.waitFor(() => expect(archive.started).toHaveLength(1));
    transports[0]!.crash(134);
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    await vi.waitFor(() => expect(onRestart).toHaveBeenCalledWith({ code: 134, restarts: 1 }));
    expect(transports).toHaveLength(2);
    archive.answer = (_c, request) => ({ ok: true, value: request });
    expect(await client.dispatch('filing:get', { id: 2 })).toEqual({ ok: true, value: { id: 2 } });
  });

  it('gives up after too many deaths in a minute and reports it instead of looping', async () => {
    const onGiveUp = vi.fn();
    const { client, transports } = setup(newFakeArchive(), { onGiveUp, maxRestarts: 2 });
    await client.start();
    for (let i = 0; i < 3; i++) {
      await vi.waitFor(() => expect(transports).toHaveLength(i + 1));
      await client.dispatch('filing:get', { id: 1 }); // the process is up
      transports[i]!.crash(1);
    }
    await vi.waitFor(() => expect(onGiveUp).toHaveBeenCalledTimes(1));
    expect(onGiveUp.mock.calls[0]![0]).toMatchObject({ reason: 'crashed' });
    expect(transports).toHaveLength(3);
  });

  it('closes the archive before the process ends, and refuses requests afterwards', async () => {
    const { client } = setup();
    await client.start();
    await client.close();
    expect(await client.dispatch('filing:get', { id: 1 })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
