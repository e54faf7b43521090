import { appendFileSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/core/db/open';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';
import { canonicalDump, copyInto, tempDir } from './fixtures';

const listFiles = (dir: string) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

describeWithShared('many changes at once', () => {
  it(
    'deletes, edits and moves among copies of the corpus end as a clean index would',
    { timeout: 120_000 },
    async () => {
      // Copies make filings with several files of equal rank and different bytes once some are
      // edited: which one builds the filing must not depend on paths or on the order of events.
      const root = tempDir();
      const files = listFiles(CORPUS_FILES);
      copyInto(CORPUS_FILES, files, join(root, 'a'));
      copyInto(CORPUS_FILES, files.slice(0, 150), join(root, 'b'));
      const dbPath = join(tempDir(), 'a.db');
      await indexFolders({ dbPath, roots: [root] });

      const now = listFiles(root).sort();
      now.filter((_, i) => i % 7 === 0).forEach((f) => rmSync(f));
      now.filter((_, i) => i % 11 === 1).forEach((f) => appendFileSync(f, '\nmixedchangesword\n'));
      mkdirSync(join(root, 'moved'));
      now
        .filter((_, i) => i % 13 === 2 && i % 7 !== 0)
        .forEach((f, i) => renameSync(f, join(root, 'moved', `${i}-${basename(f)}`)));
      const s = await indexFolders({ dbPath, roots: [root] });
      expect(s.filesRemoved).toBeGreaterThan(0);

      const clean = join(tempDir(), 'clean.db');
      await indexFolders({ dbPath: clean, roots: [root] });
      const [a, b] = [openDatabase(dbPath, { readonly: true }), openDatabase(clean, { readonly: true })];
      expect(canonicalDump(a, root)).toEqual(canonicalDump(b, root));
      a.close();
      b.close();
    },
  );
});
