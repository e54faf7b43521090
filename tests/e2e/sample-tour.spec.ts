import { join } from 'node:path';
import { expect, test } from './fixtures';
import { sampleArchiveTour } from './helpers/sample-tour';

// The Electron spec's path (electron.spec.ts) in Chromium over the loopback server: it runs
// everywhere, so the steps the real app takes are checked even where Electron cannot run.
test('the sample archive: open, search, read a filing, step through hits, export', async ({
  page,
  dirs,
  pageErrors,
}) => {
  await sampleArchiveTour(page, join(dirs.save, 'edgar-export.csv'));
  expect(pageErrors).toEqual([]);
});
