import type { IncomingMessage } from 'node:http';
import type { ApiError } from '../../shared/api/types';

/** Large enough for an export of a million selected ids, small enough to refuse abuse. */
const MAX_BODY = 16 * 1024 * 1024;

export type Body = { ok: true; value: unknown } | { ok: false; error: ApiError };

/** Reads a JSON request body; an empty body means "no request" (channels that take none). */
export async function readBody(req: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return { ok: false, error: { code: 'invalid-request', message: 'Request too large.' } };
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: { code: 'invalid-request', message: 'The request body is not JSON.' } };
  }
}
