// Electron entry: everything lives in electron/app.ts; this file stays the build's input.
import { startApp } from './electron/app';

startApp();
