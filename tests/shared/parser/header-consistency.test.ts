// Every full submission of the corpus: the parser's accession, form type, filed date and
// filer CIKs equal what a simple, independent regex read of the raw header finds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseFiling } from '../../../src/shared/parser';
import { describeWithShared, SHARED_DIR } from '../../helpers/shared';
import { provenance } from './corpus-files';

interface HeaderRead {
  accession: string | null;
  formType: string | null;
  filed: string | null;
  ciks: string[];
}

/** Deliberately naive: first match of each labelled line in the text before the first <DOCUMENT>. */
function readHeaderNaively(raw: string): HeaderRead {
  const docAt = raw.indexOf('<DOCUMENT>');
  const header = docAt < 0 ? raw : raw.slice(0, docAt);
  const first = (re: RegExp): string | null => re.exec(header)?.[1]?.trim() ?? null;
  const nc = /^\s*<SUBMISSION>/.test(header);
  const filed = nc ? first(/<FILING-DATE>(\d{8})/) : first(/FILED AS OF DATE:\s*(\d{8})/);
  const ciks = [...header.matchAll(nc ? /<CIK>(\d+)/g : /CENTRAL INDEX KEY:\s*(\d+)/g)].map((m) =>
    m[1]!.padStart(10, '0'),
  );
  return {
    accession: nc ? first(/<ACCESSION-NUMBER>([\d-]+)/) : first(/ACCESSION NUMBER:\s*([\d-]+)/),
    formType: nc ? first(/<TYPE>([^\r\n<]+)/) : first(/CONFORMED SUBMISSION TYPE:\s*([^\r\n]+)/),
    filed: filed ? `${filed.slice(0, 4)}-${filed.slice(4, 6)}-${filed.slice(6)}` : null,
    ciks,
  };
}

describeWithShared('header facts of every full submission', () => {
  const rows = provenance().filter((r) => r.kind === 'full-submission');

  it('covers the corpus', () => {
    expect(rows.length).toBeGreaterThanOrEqual(70);
  });

  it.each(rows.map((r) => [r.localPath]))('%s', (localPath) => {
    const bytes = readFileSync(join(SHARED_DIR, 'corpus', localPath));
    const expected = readHeaderNaively(new TextDecoder('latin1').decode(bytes));
    const filing = parseFiling(bytes, { path: localPath });
    expect(expected.accession).not.toBeNull();
    expect(filing.format === 'sgml' || filing.format === 'nc').toBe(true);
    expect(filing.accessionNumber).toBe(expected.accession);
    expect(filing.formType).toBe(expected.formType);
    expect(filing.filedDate).toBe(expected.filed);
    // Companies other than filers (owners, issuers, subject companies) carry CIKs too: all of them, in order.
    expect(filing.companies.map((c) => c.cik)).toEqual(expected.ciks);
    expect(filing.warnings.filter((w) => w.startsWith('parser error'))).toEqual([]);
  });
});
