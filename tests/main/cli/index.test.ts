import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CORPUS_FILES, describeWithShared, REPO_DIR } from '../../helpers/shared';
import { tempDir } from '../core/indexer/fixtures';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_DIR, 'src/main/cli/main.ts'), ...args], {
    cwd: REPO_DIR,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describeWithShared('cli index', () => {
  it('prints exactly one JSON summary, progress only on stderr, and exits 0 despite per-file errors', () => {
    const root = tempDir();
    cpSync(join(CORPUS_FILES, 'cjavdev__sec_edgar'), root, { recursive: true });
    const db = join(tempDir(), 'a.db');
    const r = cli('index', root, '--db', db, '--json');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!);
    expect(Object.keys(summary).sort()).toEqual(
      ['errors', 'filesIndexed', 'filesRemoved', 'filesSeen', 'filesSkipped', 'filings', 'seconds'].sort(),
    );
    expect(summary).toMatchObject({ filesSeen: 18, filesIndexed: 16, filesSkipped: 0, filesRemoved: 0 });
    expect(summary.errors).toEqual([
      { path: join(root, 'master.idx'), reason: expect.stringMatching(/^not an EDGAR filing/), kind: 'not-a-filing' },
      { path: join(root, 'test.idx'), reason: expect.stringMatching(/^not an EDGAR filing/), kind: 'not-a-filing' },
    ]);

    const again = JSON.parse(cli('index', root, '--db', db, '--json').stdout);
    expect(again).toMatchObject({ filesSeen: 18, filesSkipped: 18, filesIndexed: 0, filings: summary.filings });

    const stats = JSON.parse(cli('stats', '--db', db, '--json').stdout);
    expect(stats).toMatchObject({ filings: summary.filings, files: 18, errors: 2 });
  });

  it('Ctrl-C stops promptly with exit 130 and a cancelled summary; the next run finishes the job', async () => {
    const root = tempDir();
    cpSync(CORPUS_FILES, join(root, 'a'), { recursive: true });
    cpSync(CORPUS_FILES, join(root, 'b'), { recursive: true });
    const db = join(tempDir(), 'a.db');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(REPO_DIR, 'src/main/cli/main.ts'), 'index', root, '--db', db, '--json'],
      {
        cwd: REPO_DIR,
      },
    );
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    // Ctrl-C once the run is parsing (its first progress line; the handler is installed before
    // it), not after a fixed delay: on a loaded machine the CLI alone takes seconds to start.
    await new Promise<void>((res, fail) => {
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/^parsing /m.test(stderr)) res();
      });
      child.once('exit', () => fail(new Error(`the run ended before it reported parsing: ${stderr}`)));
    });
    child.kill('SIGINT');
    const code = await exited;
    expect(code).toBe(130);
    const cancelled = JSON.parse(stdout);
    expect(cancelled.cancelled).toBe(true);
    // Stopped in the middle: not every file of the two trees was read.
    expect(cancelled.filesIndexed + cancelled.filesSkipped).toBeLessThan(
      2 * readdirSync(CORPUS_FILES, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length,
    );
    const rest = JSON.parse(cli('index', root, '--db', db, '--json').stdout);
    expect(rest.cancelled).toBeUndefined();
    // Committed files are skipped (and copies of them in the other tree recognised by hash).
    expect(rest.filesSkipped).toBeGreaterThanOrEqual(cancelled.filesIndexed + cancelled.errors.length);
    expect(rest.filings).toBe(
      JSON.parse(cli('index', join(root, 'a'), '--db', join(tempDir(), 'b.db'), '--json').stdout).filings,
    );
  });

  it('exits 1 with a message when a folder is missing, and 2 on bad usage', () => {
    const db = join(tempDir(), 'a.db');
    const missing = cli('index', '/nonexistent/folder', '--db', db, '--json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/folder not found: \/nonexistent\/folder/);
    expect(missing.stdout).toBe('');
    expect(cli('index', '--db', db).code).toBe(2);
  });
});
