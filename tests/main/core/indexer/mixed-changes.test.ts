import { join } from 'node:path';
import { expect, it } from 'vitest';
import { indexFolders } from '../../../../src/main/core/indexer/index-folders';
import { CORPUS_FILES, describeWithShared } from '../../../helpers/shared';
import { copyInto, expectSameAsCleanIndex, listFiles, scrambleFolder, tempDir } from './fixtures';

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
      scrambleFolder(root, 'mixedchangesword');
      const s = await indexFolders({ dbPath, roots: [root] });
      expect(s.filesRemoved).toBeGreaterThan(0);
      await expectSameAsCleanIndex(dbPath, root);
    },
  );
});
