import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { LOOPBACK_TOKEN_HEADER } from '../../shared/ipc/loopback';
import { openArchiveApi, type ArchiveApi } from '../api/archive-api';
import { CONTENT_SECURITY_POLICY } from '../api/csp';
import type { Platform } from '../api/platform';
import { streamEvents } from './events-stream';
import { createLoopbackPlatform } from './platform';
import { readBody } from './read-body';
import { injectToken, resolveInside, sendFile } from './static-files';
import { newToken, tokenMatches } from './token';

export interface LoopbackOptions {
  dbPath: string;
  /** The BUILT renderer (out/renderer). */
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Defaults to a recording platform whose sample archive is the repository's samples/. */
  platform?: Platform;
  /** Re-index on folder changes (default false: e2e runs are explicit). */
  watch?: boolean;
}

export interface LoopbackServer {
  /** The page's address, token included: open this. */
  url: string;
  origin: string;
  token: string;
  archive: ArchiveApi;
  close(): Promise<void>;
}

export const REPO_SAMPLES = fileURLToPath(new URL('../../../samples/filings', import.meta.url));

/** Headers on every answer: the app's CSP, and nothing that leaks the token onward. */
const BASE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/**
 * The archive contract over HTTP on 127.0.0.1, for end-to-end tests in a plain browser: the
 * built renderer, POST /api/<channel> into the same dispatch (same validation) the IPC uses,
 * and GET /events as Server-Sent Events. A random per-run token guards /api, /events and the
 * page that carries it; the Host check stops DNS-rebinding pages from reaching the port.
 */
export async function startLoopbackServer(opts: LoopbackOptions): Promise<LoopbackServer> {
  const token = newToken();
  const archive = await openArchiveApi({
    dbPath: opts.dbPath,
    platform: opts.platform ?? createLoopbackPlatform({ samplesDir: REPO_SAMPLES }),
    watch: opts.watch ?? false,
  });
  const streams = new Set<() => void>();
  let port = 0;

  const send = (res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void => {
    res.writeHead(status, { ...BASE_HEADERS, 'content-type': type }).end(body);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'Forbidden host');
    const url = new URL(req.url ?? '/', `http://${host}`);

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'POST only');
      if (!tokenMatches(token, req.headers[LOOPBACK_TOKEN_HEADER] as string | undefined))
        return send(res, 403, 'Bad token');
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      const body = await readBody(req);
      const result = body.ok ? await archive.dispatch(channel, body.value) : { ok: false as const, error: body.error };
      return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
    }
    if (url.pathname === '/events') {
      if (!tokenMatches(token, url.searchParams.get('token'))) return send(res, 403, 'Bad token');
      const stop = streamEvents(res, archive.events, BASE_HEADERS);
      streams.add(stop);
      res.on('close', () => streams.delete(stop));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'GET only');
    const file = resolveInside(opts.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'Not found');
    // Browsers ask for a favicon on their own; the app has none, and a 404 would be noise.
    if (url.pathname === '/favicon.ico' && !existsSync(file)) return void res.writeHead(204, BASE_HEADERS).end();
    for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
    if (file.endsWith('index.html') && url.pathname.split('/').length <= 2) {
      // The page carries the token, so only holders of the URL get it.
      if (!tokenMatches(token, url.searchParams.get('token'))) return send(res, 403, 'Bad token');
      return sendFile(res, file, (html) => injectToken(html, token));
    }
    return sendFile(res, file);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[loopback] request failed:', err);
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    archive,
    async close() {
      for (const stop of streams) stop();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await archive.close();
    },
  };
}
