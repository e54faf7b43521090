import type { BackendSettings } from '../../shared/api/types';
import type { StoredBackend } from './backend-settings';

/**
 * What differs between the Electron app and the loopback server (e2e tests): native dialogs
 * and the shell. The handlers reach the desktop only through this.
 */
export interface Platform {
  /** Asks for a folder to add to the archive; null when dismissed. */
  chooseFolder(): Promise<string | null>;
  /**
   * Asks the user to confirm adding `folder` (a real path) to the archive: the page may name
   * a folder, but only the user, in the main process's own dialog, may let it in.
   */
  confirmFolder(folder: string): Promise<boolean>;
  /** Asks where to save a file; null when dismissed. */
  chooseSavePath(defaultName: string): Promise<string | null>;
  /** Opens a file with the system's default application. */
  openPath(path: string): Promise<void>;
  /** Shows a file or folder in the system's file manager. */
  revealPath(path: string): Promise<void>;
  /** Opens an http(s) URL in the system browser (already checked by the caller). */
  openExternal(url: string): Promise<void>;
  /**
   * The search backend's settings with their secret, decrypted (the app keeps it encrypted with
   * Electron's safeStorage in the main process; the archive side needs it to connect).
   */
  loadBackendSettings(): Promise<StoredBackend>;
  /** Stores the settings; `secret` absent keeps the stored one, null removes it. */
  saveBackendSettings(settings: BackendSettings, secret: string | null | undefined): Promise<StoredBackend>;
  /** The sample archive shipped with the app. */
  samplesDir: string;
  /**
   * False where revealPath cannot show anything (the browser build: no file manager the page
   * may drive); the UI then shows the path instead. Absent means true.
   */
  showsFiles?: boolean;
}
