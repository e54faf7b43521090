// The hostile-archive cases that held before issue 12, kept so they keep holding: empty and
// junk files, folders nested past the limit, FIFOs, unreadable files, small gzip bombs,
// filings with huge company lists, many tiny files, and files changing during a run. Each
// asserts: the run completes, a clear error row per bad file, everything else indexed.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { openDatabase } from '../../src/main/core/db/open';
import { indexFolders } from '../../src/main/core/indexer/index-folders';
import { getFiling } from '../../src/main/core/search/filing';
import { FILING_COMPANIES_PAGE } from '../../src/shared/api/types';
import { tempDir } from '../main/core/indexer/fixtures';
import { BIG, MB, indexAndRead, submission } from './generate';

const isRoot = process.getuid?.() === 0;

it('gives empty, junk, FIFO, bomb and too-deep paths an error row each and indexes the rest', async () => {
  const root = tempDir('edgar-hostile-');
  const good = [join(root, 'a.txt'), join(root, 'b.nc.gz')];
  writeFileSync(good[0]!, submission(1));
  writeFileSync(good[1]!, gzipSync(submission(2)));
  const bad: Record<string, RegExp> = {
    [join(root, 'empty.txt')]: /^empty file \(0 bytes\)$/,
    [join(root, 'junk.bin')]: /^not an EDGAR filing \(binary data\)$/,
    [join(root, 'fifo')]: /^not a regular file/,
    [join(root, 'bomb.gz')]: /^gzip inflates beyond the limit of 8\.0 MB$/,
    [join(root, 'empty.gz')]: /^empty file \(gzip of 0 bytes\)$/,
  };
  writeFileSync(join(root, 'empty.txt'), '');
  writeFileSync(join(root, 'junk.bin'), randomBytes(100_000));
  execFileSync('mkfifo', [join(root, 'fifo')]);
  writeFileSync(join(root, 'bomb.gz'), gzipSync(Buffer.alloc(40 * MB, 0x41)));
  writeFileSync(join(root, 'empty.gz'), gzipSync(Buffer.alloc(0)));
  // 100 folders deep: the part past 64 levels is one error row; the file above it is indexed.
  let deep = join(root, 'deep');
  for (let i = 0; i < 100; i++) deep = join(deep, 'd');
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(deep, 'lost.txt'), submission(3));
  const shallow = join(root, 'deep', 'd', 'kept.txt');
  writeFileSync(shallow, submission(4));
  good.push(shallow);
  bad[join(root, 'deep', ...Array<string>(64).fill('d'))] = /^folder nested deeper than 64 levels$/;

  const { errors, indexed } = await indexAndRead(root, join(tempDir(), 'archive.db'), {
    limits: { maxInflatedBytes: 8 * MB },
  });
  for (const [path, reason] of Object.entries(bad)) expect(errors.get(path), path).toMatch(reason);
  expect(errors.size).toBe(Object.keys(bad).length);
  expect(indexed).toEqual(good.sort());
});

it.skipIf(isRoot)('gives an unreadable file and folder an error row each', async () => {
  const root = tempDir('edgar-hostile-');
  writeFileSync(join(root, 'ok.txt'), submission(1));
  writeFileSync(join(root, 'secret.txt'), submission(2));
  mkdirSync(join(root, 'locked'));
  writeFileSync(join(root, 'locked', 'inside.txt'), submission(3));
  chmodSync(join(root, 'secret.txt'), 0o000);
  chmodSync(join(root, 'locked'), 0o000);
  try {
    const { errors, indexed } = await indexAndRead(root, join(tempDir(), 'archive.db'));
    expect(errors.get(join(root, 'secret.txt'))).toBe('unreadable (permission denied)');
    expect(errors.get(join(root, 'locked'))).toBe('folder unreadable (permission denied)');
    expect(indexed).toEqual([join(root, 'ok.txt')]);
  } finally {
    chmodSync(join(root, 'locked'), 0o755);
  }
});

/** An .nc submission whose header lists `count` subject companies. */
function ncWithCompanies(count: number): string {
  const parts = [
    '<SUBMISSION>\n<ACCESSION-NUMBER>0000950123-24-900001<TYPE>SC 13G<PUBLIC-DOCUMENT-COUNT>1<FILING-DATE>20240105',
  ];
  for (let i = 0; i < count; i++)
    parts.push(
      `<SUBJECT-COMPANY><COMPANY-DATA><CONFORMED-NAME>HOSTILE HOLDINGS ${i}<CIK>${String(2_000_000 + i).padStart(10, '0')}</COMPANY-DATA></SUBJECT-COMPANY>`,
    );
  parts.push(
    '<DOCUMENT><TYPE>SC 13G<SEQUENCE>1<FILENAME>a.txt<TEXT>Schedule 13G of many holders.</TEXT></DOCUMENT></SUBMISSION>\n',
  );
  return parts.join('');
}

/** A full submission whose header lists `count` filers. */
function sgmlWithFilers(count: number): string {
  const head = submission(5).split('</SEC-HEADER>');
  const filers: string[] = [];
  for (let i = 0; i < count; i++)
    filers.push(
      `FILER:\n\n\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\tFILER NUMBER ${i}\n\t\tCENTRAL INDEX KEY:\t\t\t${String(3_000_000 + i).padStart(10, '0')}\n\n`,
    );
  return head[0] + filers.join('') + '</SEC-HEADER>' + head[1];
}

// With HOSTILE_BIG=1, the .nc's header is ~105 MB: over the per-document limit (64 MB), and
// indexed with the default limits all the same (a header has its own, maxHeaderBytes).
const COMPANIES = BIG ? 1_000_000 : 20_000;
const FILERS = BIG ? 100_000 : 20_000;

it(
  `indexes a .nc of ${COMPANIES} companies and a submission of ${FILERS} filers beside a small filing`,
  { timeout: BIG ? 1_800_000 : 120_000 },
  async () => {
    const root = tempDir('edgar-hostile-');
    writeFileSync(join(root, 'many-companies.nc'), ncWithCompanies(COMPANIES));
    writeFileSync(join(root, 'many-filers.txt'), sgmlWithFilers(FILERS));
    writeFileSync(join(root, 'small.txt'), submission(6));
    const dbPath = join(tempDir(), 'archive.db');
    const { errors, indexed } = await indexAndRead(root, dbPath);
    expect(errors.size).toBe(0);
    expect(indexed).toHaveLength(3);
    const db = openDatabase(dbPath, { readonly: true });
    try {
      const companies = (key: string) =>
        db
          .prepare('SELECT count(*) FROM companies c JOIN filings f ON f.id = c.filing_id WHERE f.key = ?')
          .pluck()
          .get(key);
      expect(companies('0000950123-24-900001')).toBe(COMPANIES);
      // The detail view gets a page of them and the total.
      const id = db.prepare<[], number>(`SELECT id FROM filings WHERE key = '0000950123-24-900001'`).pluck().get()!;
      const detail = getFiling(db, id)!;
      expect(detail.companiesTotal).toBe(COMPANIES);
      expect(detail.companies).toHaveLength(FILING_COMPANIES_PAGE);
      // The submission's own filer, then the listed ones.
      expect(companies('0000950123-24-000005')).toBe(FILERS + 1);
    } finally {
      db.close();
    }
  },
);

const TINY = BIG ? 100_000 : 3_000;

it(`indexes ${TINY} tiny files in 100 folders`, { timeout: BIG ? 1_800_000 : 120_000 }, async () => {
  const root = tempDir('edgar-hostile-');
  for (let d = 0; d < 100; d++) {
    mkdirSync(join(root, `d${d}`));
    for (let i = d; i < TINY; i += 100) writeFileSync(join(root, `d${d}`, `${i}.txt`), submission(i, `tiny ${i}`));
  }
  const summary = await indexFolders({ dbPath: join(tempDir(), 'archive.db'), roots: [root] });
  expect(summary.errors).toEqual([]);
  expect(summary.filings).toBe(TINY);
});

it(
  'completes a run while files are appended, truncated, replaced and deleted under it; the next run settles',
  { timeout: 120_000 },
  async () => {
    const root = tempDir('edgar-hostile-');
    const paths = Array.from({ length: 400 }, (_, i) => join(root, `${i}.txt`));
    paths.forEach((p, i) => writeFileSync(p, submission(i)));
    const dbPath = join(tempDir(), 'archive.db');
    let meddled = false;
    const summary = await indexFolders({
      dbPath,
      roots: [root],
      parseWorkers: 2,
      onProgress: (p) => {
        if (meddled || p.phase !== 'parsing') return;
        meddled = true;
        for (let i = 0; i < 400; i += 4) {
          const p = paths[i]!;
          if (i % 16 === 0) rmSync(p);
          else if (i % 16 === 4) truncateSync(p, 0);
          else if (i % 16 === 8) appendFileSync(p, 'appended words\n');
          else writeFileSync(p, submission(1000 + i));
        }
      },
    });
    expect(meddled).toBe(true);
    // Whatever each file was when it was read: indexed or an error row, never a crash or a hang.
    for (const e of summary.errors) expect(e.reason).toMatch(/^(empty file|vanished)/);
    const settled = await indexFolders({ dbPath, roots: [root], parseWorkers: 2 });
    const removed = paths.filter((_, i) => i % 16 === 0);
    const emptied = paths.filter((_, i) => i % 16 === 4);
    expect(settled.errors.map((e) => e.path).sort()).toEqual(emptied.sort());
    expect(settled.filesSeen).toBe(400 - removed.length);
    expect(settled.filings).toBe(400 - removed.length - emptied.length);
  },
);
