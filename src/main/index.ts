// Electron entry. This file is always out/main/index.js once built (other code may land in
// shared chunks), so it is the one place that can name the bundle's folder reliably.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './electron/app';

startApp(dirname(fileURLToPath(import.meta.url)));
