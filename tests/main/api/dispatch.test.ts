import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import { busy, notFound } from '../../../src/main/api/errors';
import type { Handlers } from '../../../src/main/api/handlers/types';
import { QuerySyntaxError } from '../../../src/main/core/search/errors';

function dispatcher(partial: Partial<Record<keyof Handlers, (request: never) => Promise<unknown>>>) {
  const logged: unknown[][] = [];
  const dispatch = createDispatch(partial as unknown as Handlers, { error: (...args: unknown[]) => logged.push(args) });
  return { dispatch, logged };
}

describe('dispatch', () => {
  it('validates against the channel schema before the handler runs', async () => {
    let ran = 0;
    const { dispatch } = dispatcher({ 'search:query': async () => ran++ });
    for (const bad of [
      undefined,
      null,
      {},
      { query: 42 },
      { query: 'x', limit: -1 },
      { query: 'x', extra: true },
      { query: 'x'.repeat(20_001) },
    ]) {
      const result = await dispatch('search:query', bad);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(ran).toBe(0);
    expect(await dispatch('search:query', { query: 'form:8-K' })).toEqual({ ok: true, value: 0 });
  });

  it('names the invalid field without echoing internals', async () => {
    const { dispatch } = dispatcher({});
    const result = await dispatch('filing:get', { id: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/filing:get: id:/);
  });

  it('accepts no payload for channels that take none', async () => {
    const { dispatch } = dispatcher({ 'index:cancel': async () => null });
    expect(await dispatch('index:cancel', undefined)).toEqual({ ok: true, value: null });
    expect(await dispatch('index:cancel', {})).toEqual({ ok: true, value: null });
    expect((await dispatch('index:cancel', { now: true })).ok).toBe(false);
  });

  it('refuses names that are not channels, including inherited properties', async () => {
    const { dispatch } = dispatcher({});
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
  });

  it('maps query syntax errors with their position', async () => {
    const { dispatch } = dispatcher({
      'search:query': async () => {
        throw new QuerySyntaxError('Unclosed quote', 7);
      },
    });
    expect(await dispatch('search:query', { query: 'form:8-K "open' })).toEqual({
      ok: false,
      error: { code: 'query-syntax', message: 'Unclosed quote (at position 7)', position: 7 },
    });
  });

  it('passes deliberate failures through with their code', async () => {
    const { dispatch } = dispatcher({
      'filing:get': async () => {
        throw notFound('That filing');
      },
      'export:csv': async () => {
        throw busy('An export is already under way.');
      },
    });
    expect(await dispatch('filing:get', { id: 3 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That filing was not found.' },
    });
    const exported = await dispatch('export:csv', { query: '', columns: ['formType'], bom: false });
    expect(exported).toMatchObject({ ok: false, error: { code: 'busy' } });
  });

  it('hides unexpected errors behind a generic message and logs them', async () => {
    const { dispatch, logged } = dispatcher({
      'browse:companies': async () => {
        throw new Error('SQLITE_CORRUPT at /home/someone/secret.db');
      },
    });
    const result = await dispatch('browse:companies', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toMatch(/SQLITE|secret|at .*\.ts/);
    expect(logged).toHaveLength(1);
  });
});
