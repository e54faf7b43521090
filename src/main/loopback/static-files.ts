import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { LOOPBACK_TOKEN_META } from '../../shared/ipc/loopback';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Maps a URL path to a file inside `root`, or null when it would escape it or names a dotfile. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(join(root, decoded === '/' ? 'index.html' : decoded));
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || rel.split(sep).some((part) => part.startsWith('.'))) return null;
  return file;
}

/** Puts the per-run token into the page, where the renderer's loopback client reads it. */
export function injectToken(html: string, token: string): string {
  return html.replace('<head>', `<head>\n    <meta name="${LOOPBACK_TOKEN_META}" content="${token}" />`);
}

export async function sendFile(res: ServerResponse, file: string, transform?: (text: string) => string): Promise<void> {
  let body: Buffer | string;
  try {
    body = await readFile(file);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  if (transform) body = transform(body.toString('utf8'));
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
}
