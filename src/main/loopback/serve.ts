// Starts the loopback server by hand (`npm run serve`: the browser build, where Electron
// cannot run) or for Playwright's webServer:
//   npx tsx src/main/loopback/serve.ts [--db PATH] [--renderer DIR] [--port N] [--folder DIR] [--save-dir DIR]
// Prints the page URL (with its token) on the first line of stdout. The database is the one
// the app and the CLI share (core/paths.ts) unless --db names another.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDbPath } from '../core/paths';
import { createLoopbackPlatform } from './platform';
import { REPO_SAMPLES, startLoopbackServer } from './server';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    renderer: { type: 'string', default: 'out/renderer' },
    port: { type: 'string', default: '0' },
    folder: { type: 'string' },
    'save-dir': { type: 'string' },
  },
});

const dbPath = values.db ? resolve(values.db) : defaultDbPath();
const server = await startLoopbackServer({
  dbPath,
  rendererDir: resolve(values.renderer),
  port: Number(values.port),
  platform: createLoopbackPlatform({
    samplesDir: REPO_SAMPLES,
    folder: values.folder ? resolve(values.folder) : null,
    saveDir: values['save-dir'] ? resolve(values['save-dir']) : null,
    showsFiles: false,
  }),
  watch: true,
});
console.log(server.url);
console.error(`[loopback] database ${dbPath}; Ctrl+C to stop.`);

const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
