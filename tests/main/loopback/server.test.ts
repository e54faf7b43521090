import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveRoot, ArchiveStatus, IndexSummary, Result, SearchResponse } from '../../../src/shared/api/types';
import { LOOPBACK_TOKEN_HEADER, LOOPBACK_TOKEN_META } from '../../../src/shared/ipc/loopback';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/api/csp';
import { createLoopbackPlatform } from '../../../src/main/loopback/platform';
import { REPO_SAMPLES, startLoopbackServer, type LoopbackServer } from '../../../src/main/loopback/server';

let server: LoopbackServer;
let work: string;
const platform = createLoopbackPlatform({ samplesDir: REPO_SAMPLES });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'loopback-test-'));
  const renderer = join(work, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(work, 'secret.txt'), 'not for the page');
  server = await startLoopbackServer({ dbPath: join(work, 'archive.db'), rendererDir: renderer, platform });
});

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

async function call<T>(
  channel: string,
  body: unknown,
  token = server.token,
): Promise<{ status: number; result?: Result<T> }> {
  const res = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [LOOPBACK_TOKEN_HEADER]: token },
    body: body === undefined ? '' : JSON.stringify(body),
  });
  return { status: res.status, result: res.status === 200 ? ((await res.json()) as Result<T>) : undefined };
}

async function value<T>(channel: string, body?: unknown): Promise<T> {
  const { result } = await call<T>(channel, body);
  if (!result?.ok) throw new Error(`${channel} failed: ${JSON.stringify(result)}`);
  return result.value;
}

/** Reads the SSE stream until `event` arrives. */
async function nextEvent(event: string, timeoutMs = 30_000): Promise<unknown> {
  const res = await fetch(`${server.origin}/events?token=${server.token}`, { signal: AbortSignal.timeout(timeoutMs) });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value: chunk, done } = await reader.read();
    if (done) throw new Error('stream ended');
    buffer += chunk;
    const match = new RegExp(`event: ${event}\\ndata: (.*)\\n\\n`).exec(buffer);
    if (match) {
      await reader.cancel();
      return JSON.parse(match[1]);
    }
  }
}

describe('the loopback server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('requires the token on /api, /events and the page', async () => {
    expect((await call('archive:status', undefined, 'wrong')).status).toBe(403);
    expect((await call('archive:status', undefined, '')).status).toBe(403);
    expect((await fetch(`${server.origin}/events?token=nope`)).status).toBe(403);
    expect((await fetch(`${server.origin}/`)).status).toBe(403);
    expect((await fetch(`${server.origin}/index.html?token=x`)).status).toBe(403);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.url}`, { headers: { host: 'evil.example' } }, (res) =>
        resolve(res.statusCode!),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('serves the page with the token and the CSP, and assets without leaving the folder', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await page.text()).toContain(`<meta name="${LOOPBACK_TOKEN_META}" content="${server.token}" />`);
    const asset = await fetch(`${server.origin}/assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      expect((await fetch(`${server.origin}${path}`)).status).toBe(404);
    }
  });

  it('validates payloads with the contract before any work', async () => {
    expect((await call('filing:get', { id: -1 })).result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect((await call('search:query', { query: 'x', drop: 'table' })).result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect((await call('no:such', {})).result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const raw = await fetch(`${server.origin}/api/archive:status`, {
      method: 'POST',
      headers: { [LOOPBACK_TOKEN_HEADER]: server.token },
      body: '{not json',
    });
    expect(await raw.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('opens the sample archive, indexes it in the worker, and searches it', async () => {
    const done = nextEvent('index:done');
    const root = await value<ArchiveRoot>('archive:openSample');
    expect(root.path).toBe(REPO_SAMPLES);
    const summary = (await done) as IndexSummary;
    expect(summary).toMatchObject({ filesIndexed: 6, filings: 6, errors: [] });

    const status = await value<ArchiveStatus>('archive:status');
    expect(status).toMatchObject({ filings: 6, indexing: null, roots: [expect.objectContaining({ id: root.id })] });

    const all = await value<SearchResponse>('search:query', { query: '' });
    expect(all.total).toBe(6);
    const names = all.results.flatMap((r) => r.companies.map((c) => c.name));
    expect(names).toEqual(expect.arrayContaining(['HARBORLIGHT INSTRUMENTS INC', 'NORTHWIND ORCHARD FOODS INC']));

    const pressRelease = await value<SearchResponse>('search:query', { query: 'spectrometer' });
    expect(pressRelease.results.map((r) => r.accessionNumber)).toEqual(['0009990001-24-000031']);

    const bad = await call('search:query', { query: 'spectrometer AND' });
    expect(bad.result).toMatchObject({ ok: false, error: { code: 'query-syntax', position: 13 } });
  });

  it('opens only files the archive indexed, and only http(s) links', async () => {
    const hit = await value<SearchResponse>('search:query', { query: 'spectrometer' });
    const path = hit.results[0].paths[0];
    expect(await value('filing:openFile', { path })).toBeNull();
    expect(platform.calls.opened).toEqual([path]);
    expect((await call('filing:openFile', { path: '/bin/sh' })).result).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect((await call('shell:openExternal', { url: 'javascript:alert(1)' })).result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    await value('shell:openExternal', { url: 'https://www.sec.gov/' });
    expect(platform.calls.opened).toEqual([path]);
    expect(platform.calls.external).toEqual(['https://www.sec.gov/']);
  });
});
