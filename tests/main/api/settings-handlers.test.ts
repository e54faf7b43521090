// The Settings channels over the real archive API: the page gets only whether a secret is
// stored; saving switches the backend the status names; a connection test against a port
// where nothing listens answers with one clear sentence.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchiveApi, type ArchiveApi } from '../../../src/main/api/archive-api';
import { createLoopbackPlatform } from '../../../src/main/loopback/platform';
import type { ArchiveStatus, BackendSettingsView, ConnectionTest, Result } from '../../../src/shared/api/types';
import { closedPort } from '../../helpers/closed-port';

describe('settings handlers', () => {
  let work: string;
  let api: ArchiveApi;
  let platform: ReturnType<typeof createLoopbackPlatform>;
  let url: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'settings-handlers-'));
    platform = createLoopbackPlatform({ samplesDir: '/nonexistent' });
    api = await openArchiveApi({ dbPath: join(work, 'archive.db'), platform, watch: false });
    url = `http://127.0.0.1:${await closedPort()}`;
  });
  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const call = async <T>(channel: string, request?: unknown) => (await api.dispatch(channel, request)) as Result<T>;
  async function value<T>(channel: string, request?: unknown): Promise<T> {
    const r = await call<T>(channel, request);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value;
  }
  const opensearch = () => ({
    backend: 'opensearch',
    url,
    index: 'edgar-filings',
    auth: 'basic',
    user: 'analyst',
    caFile: '',
    certFile: '',
    keyFile: '',
  });

  it('starts on the embedded backend, and the status names it', async () => {
    const view = await value<BackendSettingsView>('settings:backend');
    expect(view).toMatchObject({ backend: 'sqlite', secretSet: false });
    const status = await value<ArchiveStatus>('archive:status');
    expect(status.backend).toEqual({ name: 'sqlite', location: join(work, 'archive.db') });
  });

  it('stores the password but answers only that one is set; the status names the cluster', async () => {
    const view = await value<BackendSettingsView>('settings:saveBackend', { ...opensearch(), secret: 'pw-123456' });
    expect(view).toMatchObject({ backend: 'opensearch', url, user: 'analyst', secretSet: true });
    expect(JSON.stringify(view)).not.toContain('pw-123456');
    expect(JSON.stringify(await value('settings:backend'))).not.toContain('pw-123456');
    expect((await platform.loadBackendSettings()).secret).toBe('pw-123456');
    const status = await value<ArchiveStatus>('archive:status');
    expect(status.backend).toEqual({ name: 'opensearch', location: `${url}/edgar-filings` });
    // Saving again without a secret keeps the stored one.
    await value('settings:saveBackend', opensearch());
    expect((await platform.loadBackendSettings()).secret).toBe('pw-123456');
  });

  it('answers a search through an unreachable cluster with an error, not a crash; back to SQLite it answers', async () => {
    const r = await call('search:query', { query: 'revenue' });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message: `The OpenSearch backend could not answer: nothing is listening at ${url} (connection refused).`,
      },
    });
    await value('settings:saveBackend', { ...opensearch(), backend: 'sqlite' });
    expect((await value<ArchiveStatus>('archive:status')).backend?.name).toBe('sqlite');
    expect(await value('search:query', { query: 'revenue' })).toMatchObject({ total: 0 });
  });

  it('tests a connection where nothing listens: not ok, one sentence naming the address', async () => {
    const t = await value<ConnectionTest>('settings:testBackend', opensearch());
    expect(t.ok).toBe(false);
    expect(t.message).toBe(`Could not connect: nothing is listening at ${url} (connection refused).`);
  });

  it('refuses settings that cannot make a backend, naming what is missing, and keeps the stored ones', async () => {
    const before = await value<BackendSettingsView>('settings:backend');
    const noUrl = await call('settings:saveBackend', { ...opensearch(), url: '' });
    expect(noUrl).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!noUrl.ok && noUrl.error.message).toMatch(/cluster's URL/);
    const noKey = await call('settings:testBackend', { ...opensearch(), auth: 'certificate', certFile: '/c.pem' });
    expect(!noKey.ok && noKey.error.message).toMatch(/certificate file and a key file/);
    expect(await value('settings:backend')).toEqual(before);
  });
});
