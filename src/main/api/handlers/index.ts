import { archiveHandlers } from './archive';
import { exportHandlers } from './export';
import { filingHandlers } from './filing';
import { indexingHandlers } from './indexing';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';
import type { HandlerDeps, Handlers } from './types';

export type { HandlerDeps, Handlers } from './types';

/** The contract's handlers over the archive core, shared by the IPC and loopback transports. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...archiveHandlers(deps),
    ...indexingHandlers(deps),
    ...searchHandlers(deps),
    ...filingHandlers(deps),
    ...exportHandlers(deps),
    ...settingsHandlers(deps),
  };
}
