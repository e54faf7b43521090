import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { exportCommand } from '../../../src/main/cli/commands/export';
import { kwicCommand } from '../../../src/main/cli/commands/kwic';
import { UsageError } from '../../../src/main/cli/args';
import { fileExportCommand, type FileExportArgs } from '../../../src/main/cli/file-export';
import { openDatabase } from '../../../src/main/core/db/open';
import { QuerySyntaxError } from '../../../src/main/core/search';

// The shared run of `cli export` and `cli kwic`, in this process: what each outcome prints
// and which exit status it gives. tests/main/cli/{export,kwic}.test.ts run the real commands
// on real filings as child processes.
const dir = mkdtempSync(join(tmpdir(), 'file-export-'));
const dbPath = join(dir, 'archive.db');
openDatabase(dbPath).close(); // an empty, migrated archive
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function capture(run: () => Promise<number>) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  const code = await run();
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

interface Args extends FileExportArgs {
  fail?: string;
}

/** A command whose write does what its query says: succeed, wait for Ctrl-C, or fail. */
const demo = fileExportCommand<Args, { rows: number }>({
  name: 'demo',
  summary: 'A demo',
  usage: 'usage: demo "QUERY" --out FILE',
  parse: ([query, out, db]) => {
    if (!query || !out) throw new UsageError('expected QUERY and FILE');
    return { query, out, dbPath: db ?? dbPath, json: query.includes('json') };
  },
  write: async (_db, { query }, signal) => {
    if (query === 'wait')
      return new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))),
      );
    if (query === 'syntax') throw new QuerySyntaxError('expected a word', 3);
    if (query === 'mine') throw new RangeError('needs words');
    if (query === 'broken') throw new Error('disk full');
    return { rows: 7 };
  },
  done: ({ rows }, { out }) => `${rows} rows written to ${out}`,
  json: ({ rows }) => ({ rows }),
  callerError: (err) => (err instanceof RangeError ? err.message : null),
});

describe('a file export command', () => {
  it('writes, reports on stderr and with --json on stdout, exit 0', async () => {
    expect(await capture(() => demo.run(['ok', 'f.csv']))).toEqual({
      code: 0,
      stdout: '',
      stderr: '7 rows written to f.csv\n',
    });
    expect(await capture(() => demo.run(['ok json', 'f.csv']))).toEqual({
      code: 0,
      stdout: '{"rows":7}\n',
      stderr: '7 rows written to f.csv\n',
    });
  });

  it('exit 2 for usage, query and the command’s own caller errors; 1 for a missing database or a failed write', async () => {
    expect(await capture(() => demo.run([]))).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: expected QUERY and FILE\nusage: demo "QUERY" --out FILE\n',
    });
    const syntax = await capture(() => demo.run(['syntax', 'f.csv']));
    expect(syntax).toMatchObject({ code: 2, stderr: 'error: expected a word (at position 3)\n  syntax\n     ^\n' });
    expect(await capture(() => demo.run(['mine', 'f.csv']))).toMatchObject({ code: 2, stderr: 'error: needs words\n' });
    expect(await capture(() => demo.run(['broken', 'f.csv']))).toMatchObject({
      code: 1,
      stderr: 'error: demo failed: disk full\n',
    });
    const missing = join(dir, 'none.db');
    expect(await capture(() => demo.run(['ok', 'f.csv', missing]))).toMatchObject({
      code: 1,
      stderr: `error: no database at ${missing} (run "index" first)\n`,
    });
  });

  it('Ctrl-C cancels the write: exit 130, and the SIGINT handler is gone afterwards', async () => {
    const before = process.listenerCount('SIGINT');
    const run = capture(() => demo.run(['wait', 'f.csv']));
    await vi.waitFor(() => expect(process.listenerCount('SIGINT')).toBe(before + 1));
    process.emit('SIGINT');
    expect(await run).toEqual({ code: 130, stdout: '', stderr: 'demo interrupted; no file written\n' });
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});

describe('cli export and cli kwic through it', () => {
  it('print what they printed before, on an empty archive', async () => {
    const csv = join(dir, 'e.csv');
    expect(await capture(() => exportCommand.run(['revenue', '--out', csv, '--db', dbPath]))).toEqual({
      code: 0,
      stdout: '',
      stderr: `0 rows written to ${csv}\n`,
    });
    expect(readFileSync(csv, 'utf8').split(',')[0]).toBe('accessionNumber');
    const k = join(dir, 'k.csv');
    expect(await capture(() => kwicCommand.run(['revenue', '--out', k, '--db', dbPath, '--json']))).toEqual({
      code: 0,
      stdout: '{"rows":0,"filings":0}\n',
      stderr: `0 rows (0 filings) written to ${k}\n`,
    });
    const none = join(dir, 'none.csv');
    expect(await capture(() => kwicCommand.run(['form:10-K', '--out', none, '--db', dbPath]))).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: keyword in context needs words to find in the text\n',
    });
    expect(await capture(() => exportCommand.run(['a AND (', '--out', none, '--db', dbPath]))).toMatchObject({
      code: 2,
    });
    expect(existsSync(none)).toBe(false);
    expect((await capture(() => kwicCommand.run(['x', '--out', none, '--window', 'many']))).stderr).toBe(
      'error: --window expects a whole number of words (0-1000)\n' +
        'usage: npm run --silent cli -- kwic "QUERY" --out FILE.csv [--window N] [--summary] [--db PATH] [--json]\n',
    );
  });
});
