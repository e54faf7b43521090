import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface CrashLogDeps {
  logPath: string;
  /** Shows the error once (dialog.showErrorBox); later errors are only logged. */
  show: (title: string, content: string) => void;
  append?: (path: string, text: string) => void;
  now?: () => Date;
}

/**
 * Catches what nothing else caught in the main process: each error is appended to a log in
 * userData, and the first one is shown, so the app neither dies silently nor floods dialogs.
 */
export function createCrashReporter(deps: CrashLogDeps): (kind: string, err: unknown) => void {
  const append =
    deps.append ??
    ((path: string, text: string) => {
      mkdirSync(dirname(path), { recursive: true });
      appendFileSync(path, text);
    });
  let shown = false;
  return (kind, err) => {
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    try {
      append(deps.logPath, `${(deps.now?.() ?? new Date()).toISOString()} ${kind}: ${detail}\n`);
    } catch {
      // Nowhere to log: still show it below.
    }
    if (shown) return;
    shown = true;
    const message = err instanceof Error ? err.message : String(err);
    deps.show('EDGAR Archive ran into an unexpected error', `${message}\n\nDetails are in ${deps.logPath}.`);
  };
}

/** Routes the process's uncaught errors and unhandled rejections to `report`. */
export function catchUnexpected(proc: Pick<NodeJS.Process, 'on'>, report: (kind: string, err: unknown) => void): void {
  proc.on('uncaughtException', (err) => report('uncaught exception', err));
  proc.on('unhandledRejection', (reason) => report('unhandled rejection', reason));
}
