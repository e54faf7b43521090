// Which backend answers the archive's searches, switched when Settings are saved. The SQLite
// catalog stays open either way (the OpenSearch backend reads rows, documents and facts from
// it); switching closes the previous backend's client.
import type { BackendSettings, BackendStatus } from '../../shared/api/types';
import type { SearchBackend } from '../core/backend/search-backend';
import { sqliteBackend } from '../core/backend/sqlite-backend';
import type { Db } from '../core/db/open';
import { openSearchSettingsOf } from './backend-settings';

export class BackendSwitch {
  private backend: SearchBackend;

  constructor(
    private readonly db: Db,
    private readonly dbPath: string,
  ) {
    this.backend = sqliteBackend(db, dbPath);
  }

  get current(): SearchBackend {
    return this.backend;
  }

  status(): BackendStatus {
    return { name: this.backend.name, location: this.backend.location };
  }

  /** Answers from the backend the settings name from now on (throws, keeping the current one, when they are invalid). */
  async apply(settings: BackendSettings, secret: string | null): Promise<void> {
    let next: SearchBackend;
    if (settings.backend === 'opensearch') {
      const opensearch = openSearchSettingsOf(settings, secret);
      // Loaded only for this backend, so the embedded path never loads the client.
      const { openSearchBackend } = await import('../core/backend/opensearch-backend');
      next = openSearchBackend(this.db, this.dbPath, opensearch);
    } else {
      next = sqliteBackend(this.db, this.dbPath);
    }
    const previous = this.backend;
    this.backend = next;
    await previous.close();
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}
