// `npm run bench -- hostile`: the large hostile-archive cases of issue 12, each indexed by
// `cli index` in a child process with the default limits and number of workers, its peak
// RSS (VmHWM, worker threads included) measured by /usr/bin/time against the budget. The
// baseline, in the same run: the same command over three small filings (the process floor).
// Inputs are generated under .bench-data/hostile (sparse files and gzip members: little disk)
// and removed after each case. HOSTILE_CASES=a,b picks cases.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { timedCliIndex } from './index-throughput';
import { MB, gzipBomb, sparseText, submission, writeRepeated } from '../tests/hostile/generate';

const REPO = resolve(import.meta.dirname, '..');
const DATA = join(REPO, '.bench-data', 'hostile');
/** The goal of issue 12: a run stays under this whatever the folder, with the default workers. */
const BUDGET_MB = 1536;

interface Case {
  name: string;
  what: string;
  make(dir: string): void;
}

const good = (dir: string, n = 3) => {
  mkdirSync(join(dir, 'good'), { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, 'good', `${i}.txt`), submission(i));
};

const HTML = Buffer.from(
  '<p>The registrant reports <b>quarterly</b> revenue &amp; growth &#8212; items.</p>\n'.repeat(1000),
);

/** A full submission of `docs` HTML documents of `docMB` each. */
function bigSubmission(path: string, docs: number, docMB: number): void {
  const head = submission(900).split('<DOCUMENT>')[0]!;
  const parts = [Buffer.from(head)];
  const body = Buffer.alloc(docMB * MB, HTML);
  for (let i = 1; i <= docs; i++) {
    parts.push(Buffer.from(`<DOCUMENT>\n<TYPE>EX-99.${i}\n<SEQUENCE>${i}\n<FILENAME>ex${i}.htm\n<TEXT>\n<html><body>`));
    parts.push(body, Buffer.from('</body></html>\n</TEXT>\n</DOCUMENT>\n'));
  }
  parts.push(Buffer.from('</SEC-DOCUMENT>\n'));
  writeFileSync(path, Buffer.concat(parts));
}

const CASES: Case[] = [
  { name: 'baseline', what: '3 small filings (the process floor)', make: (d) => good(d) },
  {
    name: 'text-limits',
    what: '520 MB and 2 GB of inflated text, a 600 MB plain file',
    make: (d) => {
      good(d);
      gzipBomb(join(d, 'inflates-520mb.txt.gz'), 520 * MB, 65 * MB);
      gzipBomb(join(d, 'inflates-2gb.nc.gz'), 2048 * MB);
      sparseText(join(d, 'plain-600mb.txt'), 600 * MB);
    },
  },
  {
    name: 'bombs-x4',
    what: '4 gzips inflating to 250 MB each (under the text limit: read, then refused by document size)',
    make: (d) => {
      good(d);
      for (let i = 0; i < 4; i++) gzipBomb(join(d, `bomb-${i}.txt.gz`), 250 * MB, 50 * MB);
    },
  },
  {
    name: 'html-x4',
    what: '4 header-less HTML documents of 60 MB, just under the document limit (parsed: ~0.7 GB each)',
    make: (d) => {
      good(d);
      for (let i = 0; i < 4; i++) writeRepeated(join(d, `page-${i}.htm`), HTML, 60 * MB);
    },
  },
  {
    name: 'submissions-x4',
    what: '4 full submissions of 200 MB (100 HTML documents of 2 MB each)',
    make: (d) => {
      good(d);
      for (let i = 0; i < 4; i++) bigSubmission(join(d, `submission-${i}.txt`), 100, 2);
    },
  },
  {
    name: 'symlink-fanout',
    what: '18 levels of two links to the next level',
    make: (d) => {
      for (let i = 0; i <= 18; i++) {
        mkdirSync(join(d, `L${i}`));
        writeFileSync(join(d, `L${i}`, 'filing.txt'), submission(i));
        if (i < 18) for (const l of ['a', 'b']) symlinkSync(`../L${i + 1}`, join(d, `L${i}`, l));
      }
      symlinkSync('.', join(d, 'self'));
    },
  },
  {
    name: 'companies-1m',
    what: 'a .nc whose header lists 1,000,000 companies, and one of 100,000 filers',
    make: (d) => {
      good(d);
      const parts = ['<SUBMISSION>\n<ACCESSION-NUMBER>0000950123-24-900001<TYPE>SC 13G<FILING-DATE>20240105'];
      for (let i = 0; i < 1_000_000; i++)
        parts.push(
          `<SUBJECT-COMPANY><COMPANY-DATA><CONFORMED-NAME>HOLDER ${i}<CIK>${2_000_000 + i}</COMPANY-DATA></SUBJECT-COMPANY>`,
        );
      parts.push('<DOCUMENT><TYPE>SC 13G<SEQUENCE>1<TEXT>Schedule 13G.</TEXT></DOCUMENT></SUBMISSION>\n');
      writeFileSync(join(d, 'companies.nc'), parts.join(''));
      const [head, rest] = submission(901).split('</SEC-HEADER>');
      const filers: string[] = [];
      for (let i = 0; i < 100_000; i++)
        filers.push(
          `FILER:\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\t\tFILER ${i}\n\t\tCENTRAL INDEX KEY:\t\t${3_000_000 + i}\n\n`,
        );
      writeFileSync(join(d, 'filers.txt'), head + filers.join('') + '</SEC-HEADER>' + rest);
    },
  },
  {
    name: 'tiny-100k',
    what: '100,000 tiny filings in 1,000 folders',
    make: (d) => {
      for (let f = 0; f < 1000; f++) {
        mkdirSync(join(d, `d${f}`));
        for (let i = f; i < 100_000; i += 1000) writeFileSync(join(d, `d${f}`, `${i}.txt.gz`), gzipSync(submission(i)));
      }
    },
  },
];

interface Figures {
  what: string;
  seconds: number;
  peakRssMB: number;
  budgetMB: number;
  withinBudget: boolean;
  exitCode: number | null;
  filings?: number;
  errors?: number;
  errorReasons?: string[];
}

function runCase(c: Case): Figures {
  const dir = join(DATA, c.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'root'), { recursive: true });
  try {
    c.make(join(dir, 'root'));
    const r = timedCliIndex(join(dir, 'root'), join(dir, 'archive.db'));
    const seconds = Math.round(r.wallSeconds * 10) / 10;
    const peakRssMB = Math.round(r.peakRssMB);
    const figures: Figures = {
      what: c.what,
      seconds,
      peakRssMB,
      budgetMB: BUDGET_MB,
      withinBudget: r.status === 0 && peakRssMB <= BUDGET_MB,
      exitCode: r.status,
    };
    if (r.status === 0) {
      const s = JSON.parse(r.stdout) as { filings: number; errors: { path: string; reason: string }[] };
      figures.filings = s.filings;
      figures.errors = s.errors.length;
      figures.errorReasons = [...new Set(s.errors.map((e) => e.reason))].slice(0, 5);
    } else {
      console.log(
        r.stderr
          .split('\n')
          .filter((l) => !/^\s/.test(l))
          .slice(-5)
          .join('\n'),
      );
    }
    console.log(
      `${c.name.padEnd(15)} ${String(peakRssMB).padStart(5)} MB peak RSS (budget ${BUDGET_MB}: ${figures.withinBudget ? 'ok' : 'OVER or failed'}) ` +
        `${seconds} s, exit ${r.status}, ${figures.filings ?? '?'} filings, ${figures.errors ?? '?'} errors | ${c.what}` +
        (figures.errorReasons?.length ? `\n${''.padEnd(16)}reasons: ${figures.errorReasons.join(' | ')}` : ''),
    );
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<Record<string, unknown>> {
  const only = process.env.HOSTILE_CASES?.split(',').filter(Boolean);
  const chosen = CASES.filter((c) => c.name === 'baseline' || !only || only.includes(c.name));
  console.log(`default workers: ${availableParallelism()}; budget ${BUDGET_MB} MB per run`);
  const results: Record<string, Figures> = {};
  for (const c of chosen) results[c.name] = runCase(c);
  const over = Object.entries(results).filter(([, f]) => !f.withinBudget);
  console.log(over.length ? `OVER BUDGET or failed: ${over.map(([n]) => n).join(', ')}` : 'every case within budget');
  console.log(
    `load average: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  return { budgetMB: BUDGET_MB, workers: availableParallelism(), cases: results };
}
