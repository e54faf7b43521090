import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { ParsePool } from '../../../../src/main/core/indexer/parse-pool';
import type { ParseJob } from '../../../../src/main/core/indexer/parse-protocol';
import { DEFAULT_READ_LIMITS } from '../../../../src/main/core/scan/read-file';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';

const FILES = [
  'cjavdev__sec_edgar/filing1.txt',
  'DarkMindFX__DarkMindFX.Filings/0000882835-14-000020.txt',
  'cjavdev__sec_edgar/filing2.txt',
];
const job = (id: number, rel: string): ParseJob => ({
  id,
  path: join(CORPUS_FILES, rel),
  knownHashes: [],
  limits: DEFAULT_READ_LIMITS,
});

let pool: ParsePool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describeWithShared('ParsePool', () => {
  it('parses in worker threads and answers "known" for a hash the database has', async () => {
    pool = new ParsePool({ size: 2 });
    const [a, b] = await Promise.all([pool.submit(job(1, FILES[0]!), 1), pool.submit(job(2, FILES[2]!), 1)]);
    expect(a).toMatchObject({ id: 1, kind: 'filing' });
    expect(b).toMatchObject({ id: 2, kind: 'filing' });
    if (a.kind !== 'filing') throw new Error('unreachable');
    // The text crossed as transferred UTF-8; the string stayed behind.
    expect(a.filing.documents[0]!.text).toBe('');
    expect(Buffer.from(a.filing.documents[0]!.body).toString('utf8').length).toBeGreaterThan(100);
    const again = await pool.submit({ ...job(3, FILES[0]!), knownHashes: [a.hash] }, 1);
    expect(again).toEqual({ id: 3, kind: 'known', hash: a.hash });
  });

  it('abandons a parse that runs past its time, replaces the worker, and goes on with the rest', async () => {
    const slow = FILES[1]!;
    pool = new ParsePool({ size: 1, timeoutMs: (j) => (j.path.endsWith(slow) ? 1 : 60_000) });
    const outcomes = await Promise.all(FILES.map((f, i) => pool!.submit(job(i, f), 1)));
    expect(outcomes.map((o) => o.kind)).toEqual(['filing', 'error', 'filing']);
    expect(outcomes[1]).toMatchObject({ reason: 'parsing timed out' });
  });
});
