import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Filing } from '../../../src/shared/filing';
import { parseFiling } from '../../../src/shared/parser';
import { CORPUS_FILES, SHARED_DIR } from '../../helpers/shared';

/** Reads and parses one file of ../shared/corpus/files. */
export function parseCorpusFile(relative: string, opts: { keepHtml?: boolean } = {}): Filing {
  const path = join(CORPUS_FILES, relative);
  return parseFiling(readFileSync(path), { path, ...opts });
}

export interface ProvenanceRow {
  localPath: string;
  /** Where the file was in the repository it came from (a downloader's layout, often). */
  pathInRepo: string;
  kind: string;
  formTypeGuess: string;
  notes: string;
}

/** PROVENANCE.tsv rows (local_path is relative to ../shared/corpus). */
export function provenance(): ProvenanceRow[] {
  const [head, ...rows] = readFileSync(join(SHARED_DIR, 'corpus', 'PROVENANCE.tsv'), 'utf8')
    .trimEnd()
    .split('\n');
  const cols = head!.split('\t');
  const at = (name: string): number => cols.indexOf(name);
  return rows.map((line) => {
    const f = line.split('\t');
    return {
      localPath: f[at('local_path')]!,
      pathInRepo: f[at('path_in_repo')]!,
      kind: f[at('kind')]!,
      formTypeGuess: f[at('form_type_guess')]!,
      notes: f[at('notes')] ?? '',
    };
  });
}
