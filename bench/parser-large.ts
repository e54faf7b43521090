// One 200 MB full submission — 30 text documents (~150 MB) and one uuencoded binary (~50 MB) —
// parsed in a child process of its own, so its peak RSS is its own. Reports throughput and
// how much memory the parse holds beyond its input (peak RSS minus the peak before parsing),
// as a multiple of the text it keeps.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFiling } from '../src/shared/parser';

const TEXT_DOCS = 30;
const TEXT_DOC_BYTES = 5_000_000;
const BINARY_BYTES = 50_000_000;

function build(): Uint8Array {
  const header =
    '<SEC-DOCUMENT>0000000001-24-000001.txt : 20240102\n<SEC-HEADER>0000000001-24-000001.hdr.sgml : 20240102\n' +
    'ACCESSION NUMBER:\t\t0000000001-24-000001\nCONFORMED SUBMISSION TYPE:\t10-K\n' +
    `PUBLIC DOCUMENT COUNT:\t\t${TEXT_DOCS + 1}\nFILED AS OF DATE:\t\t20240102\n\nFILER:\n\n\tCOMPANY DATA:\t\n` +
    '\t\tCOMPANY CONFORMED NAME:\t\t\tLARGE FILER INC\n\t\tCENTRAL INDEX KEY:\t\t\t0000000001\n</SEC-HEADER>\n';
  const line = 'The registrant reports revenue, operating income and cash flows for the fiscal year.   \n';
  const body = line.repeat(Math.ceil(TEXT_DOC_BYTES / line.length));
  const uu = 'M' + 'A'.repeat(60) + '\n';
  const parts = [header];
  for (let i = 1; i <= TEXT_DOCS; i++)
    parts.push(
      `<DOCUMENT>\n<TYPE>EX-99.${i}\n<SEQUENCE>${i}\n<FILENAME>ex${i}.txt\n<TEXT>\n${body}</TEXT>\n</DOCUMENT>\n`,
    );
  parts.push(
    `<DOCUMENT>\n<TYPE>ZIP\n<SEQUENCE>${TEXT_DOCS + 1}\n<FILENAME>data.zip\n<TEXT>\nbegin 644 data.zip\n` +
      uu.repeat(Math.ceil(BINARY_BYTES / uu.length)) +
      '`\nend\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n',
  );
  return new TextEncoder().encode(parts.join(''));
}

const vmHwmMB = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024;

function child(path: string): void {
  // Read from a file, so the child's peak before parsing is just its runtime and the input.
  const input = new Uint8Array(readFileSync(path));
  const hwmBefore = vmHwmMB();
  const t0 = performance.now();
  const filing = parseFiling(input);
  const seconds = (performance.now() - t0) / 1000;
  const textChars = filing.documents.reduce((n, d) => n + d.textChars, 0);
  const t1 = performance.now();
  new TextDecoder().decode(input);
  const decodeSeconds = (performance.now() - t1) / 1000;
  const peak = vmHwmMB();
  console.log(
    JSON.stringify({
      inputMB: input.length / 1e6,
      documents: filing.documents.length,
      binaryDocuments: filing.documents.filter((d) => d.textChars === 0).length,
      textMB: textChars / 1e6,
      seconds,
      parseMBps: input.length / 1e6 / seconds,
      decodeMBps: input.length / 1e6 / decodeSeconds,
      rssBeforeMB: hwmBefore,
      peakRssMB: peak,
      warnings: filing.warnings.length,
    }),
  );
}

/** Figures for the large submission, measured in a fresh process. */
export function largeSubmission(): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'parser-large-'));
  const path = join(dir, 'submission.txt');
  writeFileSync(path, build());
  let out: string;
  try {
    out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', path], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const f = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number>;
  const heldMB = f.peakRssMB - f.rssBeforeMB;
  return { ...f, heldMB, heldPerTextMB: heldMB / f.textMB };
}

if (process.argv[2] === '--child' && import.meta.url === pathToFileURL(process.argv[1]).href) child(process.argv[3]);
