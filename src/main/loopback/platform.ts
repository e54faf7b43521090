import { join } from 'node:path';
import { memoryBackendStore } from '../api/backend-settings';
import type { Platform } from '../api/platform';

export interface LoopbackPlatformOptions {
  samplesDir: string;
  /** What the "folder picker" answers (null: the user dismissed it). */
  folder?: string | null;
  /** What the "add this folder?" confirmation answers (default: no). */
  confirmFolders?: boolean;
  /** Where "save" dialogs point: files are written into this folder under the suggested name. */
  saveDir?: string | null;
  /**
   * Whether shell calls count as done (default true: tests record them as a desktop would do
   * them). The browser build (serve.ts) has no file manager to drive: false, and the page shows
   * paths instead of revealing them.
   */
  showsFiles?: boolean;
}

/** Calls the page made to the desktop shell; the loopback server only records them. */
export interface ShellCalls {
  opened: string[];
  revealed: string[];
  external: string[];
  /** Folders the page asked to add, as shown in the confirmation. */
  confirmations: string[];
}

/**
 * The loopback server has no desktop: dialogs answer what the test configured, and shell
 * actions are recorded so a test can assert them.
 */
export function createLoopbackPlatform(opts: LoopbackPlatformOptions): Platform & { calls: ShellCalls } {
  const calls: ShellCalls = { opened: [], revealed: [], external: [], confirmations: [] };
  return {
    samplesDir: opts.samplesDir,
    showsFiles: opts.showsFiles ?? true,
    calls,
    chooseFolder: async () => opts.folder ?? null,
    confirmFolder: async (folder) => (calls.confirmations.push(folder), opts.confirmFolders ?? false),
    chooseSavePath: async (defaultName) => (opts.saveDir ? join(opts.saveDir, defaultName) : null),
    openPath: async (path) => void calls.opened.push(path),
    revealPath: async (path) => void calls.revealed.push(path),
    openExternal: async (url) => void calls.external.push(url),
    ...memoryBackendStore(),
  };
}
