import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The `edgar-archive` command as installed (package.json bin -> out/cli, plain JavaScript):
// built here first, then run with plain node, no TypeScript loader.
const ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'out', 'cli', 'edgar-archive.js');
const SAMPLES = join(ROOT, 'samples', 'filings');
const work = mkdtempSync(join(tmpdir(), 'cli-bin-'));

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: work });

describe('the built edgar-archive command', () => {
  it('is what package.json bin names, and loads no TypeScript loader', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(resolve(ROOT, pkg.bin['edgar-archive']!)).toBe(CLI);
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const out = join(ROOT, 'out', 'cli');
    for (const f of readdirSync(out, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js')))
      // (worker-entry.ts names tsx only for .ts workers, which a built command never starts.)
      expect(readFileSync(join(out, f), 'utf8'), f).not.toMatch(
        /from\s*["']tsx|import\(\s*["']tsx|require\(\s*["']tsx/,
      );
  });

  it('answers --help, and indexes, searches and parses with the same JSON as `npm run cli`', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stderr).toContain('usage: edgar-archive <command>');
    const db = join(work, 'archive.db');
    // index runs its parse workers from out/cli (core/worker-entry.ts).
    const indexed = run('index', SAMPLES, '--db', db, '--json', '--workers', '2');
    expect(indexed.status, indexed.stderr).toBe(0);
    const summary = JSON.parse(indexed.stdout) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual(
      expect.arrayContaining([
        'filesSeen',
        'filesIndexed',
        'filesSkipped',
        'filesRemoved',
        'filings',
        'errors',
        'seconds',
      ]),
    );
    expect(summary.filings).toBeGreaterThan(0);
    const found = run('search', 'accession:0009990001-24-000031', '--db', db, '--json');
    expect(found.status, found.stderr).toBe(0);
    expect(JSON.parse(found.stdout)).toMatchObject({ total: 1 });
    const parsed = run('parse', join(SAMPLES, 'harborlight-8k-2024-02-15.txt'), '--json');
    expect(JSON.parse(parsed.stdout.trim())).toMatchObject({ accessionNumber: '0009990001-24-000031' });
    expect(run('search', 'merger (trust', '--db', db, '--json').status).toBe(2);
  });
});
