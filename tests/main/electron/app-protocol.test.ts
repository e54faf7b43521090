import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/api/csp';
import { APP_INDEX_URL, appFileOf, registerAppScheme, serveAppProtocol } from '../../../src/main/electron/app-protocol';

// A fake of Electron's protocol module (it records the handler) and of net.fetch (it reads
// file:// URLs from disk, as Electron's does), over a real folder: out/renderer with a page
// and a script, beside a secret the page must never reach.
const top = mkdtempSync(join(tmpdir(), 'app-protocol-'));
afterAll(() => rmSync(top, { recursive: true, force: true }));
const root = join(top, 'out', 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>EDGAR Archive</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(top, 'out', 'secret.txt'), 'private key');
mkdirSync(join(top, 'out', 'renderer-old'));
writeFileSync(join(top, 'out', 'renderer-old', 'index.html'), 'an older build');

function serve() {
  const fetched: string[] = [];
  let handler: ((request: Request) => Promise<Response>) | null = null;
  const protocol = {
    handle: (scheme: string, fn: (request: Request) => Promise<Response>) => {
      expect(scheme).toBe('app');
      handler = fn;
    },
  };
  const fetchFile = async (url: string) => {
    fetched.push(url);
    return new Response(readFileSync(fileURLToPath(url)), {
      headers: { 'Content-Type': url.endsWith('.js') ? 'text/javascript' : 'text/html' },
    });
  };
  serveAppProtocol(protocol, fetchFile, root);
  const get = (url: string, method = 'GET') => handler!(new Request(url, { method }));
  return { get, fetched };
}

describe('the app:// protocol', () => {
  it('is declared privileged (standard, secure, fetch, CORS) without bypassing the CSP', () => {
    const declared: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => void declared.push(...schemes) });
    expect(declared).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
    ]);
  });

  it('serves the built renderer with the app CSP', async () => {
    const { get } = serve();
    const page = await get(APP_INDEX_URL);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>EDGAR Archive</title>');
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('Content-Type')).toBe('text/html');
    const script = await get('app://edgar-archive/assets/index-abc.js');
    expect(await script.text()).toBe('console.log(1)');
    expect(script.headers.get('Content-Type')).toBe('text/javascript');
    // The hash and query of the renderer's routes do not change the file.
    expect((await get('app://edgar-archive/index.html?x=1#/search')).status).toBe(200);
    expect(await (await get('app://edgar-archive/')).text()).toContain('EDGAR Archive');
  });

  it('refuses every path outside out/renderer, in any spelling, without reading it', async () => {
    const { get, fetched } = serve();
    for (const url of [
      'app://edgar-archive/../secret.txt',
      'app://edgar-archive/%2e%2e/secret.txt',
      'app://edgar-archive/%2E%2E%2Fsecret.txt',
      'app://edgar-archive/assets/..%2F..%2Fsecret.txt',
      'app://edgar-archive/..%5Csecret.txt',
      'app://edgar-archive/index.html%00.js',
      'app://edgar-archive/%E0%A4%A',
      'app://edgar-archive/..%2Frenderer-old/index.html',
      'app://another-host/index.html',
      'app://edgar-archive/missing.js',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('private key');
    }
    // Nothing outside the root was even asked for ('../secret.txt' is normalised to the root's own secret.txt).
    expect(fetched.filter((u) => !fileURLToPath(u).startsWith(root + sep))).toEqual([]);
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405);
  });

  it('maps URLs to files lexically under the root', () => {
    expect(appFileOf(APP_INDEX_URL, root)).toBe(join(root, 'index.html'));
    expect(appFileOf('app://edgar-archive/a%20b.js', root)).toBe(join(root, 'a b.js'));
    expect(appFileOf('app://edgar-archive/..%2F..%2Fsecret.txt', root)).toBeNull();
    expect(appFileOf('file:///etc/passwd', root)).toBeNull();
    expect(appFileOf('not a url', root)).toBeNull();
    // An absolute path in the URL is still a path below the root.
    expect(appFileOf(`app://edgar-archive/${encodeURIComponent('/etc/passwd')}`, root)).toBe(
      join(root, 'etc', 'passwd'),
    );
    // A name that merely starts with two dots is a file of the root, not a way out of it.
    expect(appFileOf('app://edgar-archive/..hidden.js', root)).toBe(join(root, '..hidden.js'));
  });
});
