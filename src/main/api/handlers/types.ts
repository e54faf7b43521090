import type { SearchBackend } from '../../core/backend/search-backend';
import type { Db } from '../../core/db/open';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { BackendSwitch } from '../backend-switch';
import type { Emit } from '../events';
import type { ExportRunner } from '../export-runner';
import type { IndexController } from '../index-controller';
import type { Platform } from '../platform';

/** One async function per contract channel, called with an already validated request. */
export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

/** The handlers of one namespace ('archive', 'search', ...). */
export type HandlersOf<N extends string> = Pick<Handlers, Extract<Channel, `${N}:${string}`>>;

export interface HandlerDeps {
  db: Db;
  dbPath: string;
  /** The backend answering searches now (Settings may switch it while the archive is open). */
  backend: () => SearchBackend;
  backends: BackendSwitch;
  platform: Platform;
  indexer: IndexController;
  exports: ExportRunner;
  emit: Emit;
}
