// The contract's channel and event names as plain data, for code that must not load zod: the
// sandboxed preload can require nothing but 'electron', so it cannot import contract.ts (whose
// schemas need zod at runtime). The compiler checks both lists against the contract both ways.
import type { Channel, EventName } from './contract';

/** Compiles only when `List` names every member of `All` (and, being `All[]`, nothing else). */
type Exhaustive<All extends string, List extends readonly All[]> = [Exclude<All, List[number]>] extends [never]
  ? List
  : { missing: Exclude<All, List[number]> };

const channels = [
  'archive:status',
  'settings:backend',
  'settings:saveBackend',
  'settings:testBackend',
  'archive:chooseFolder',
  'archive:addRoot',
  'archive:openSample',
  'archive:removeRoot',
  'archive:revealRoot',
  'archive:errors',
  'index:start',
  'index:cancel',
  'search:query',
  'search:timeline',
  'search:suggest',
  'browse:companies',
  'filing:get',
  'filing:document',
  'filing:related',
  'filing:companies',
  'filing:openFile',
  'filing:revealFile',
  'shell:openExternal',
  'export:csv',
  'export:kwic',
  'export:cancel',
  'export:reveal',
] as const satisfies readonly Channel[];
export const CHANNEL_NAMES: Exhaustive<Channel, typeof channels> = channels;

const events = [
  'index:progress',
  'index:done',
  'export:progress',
  'archive:changed',
] as const satisfies readonly EventName[];
export const EVENT_NAMES: Exhaustive<EventName, typeof events> = events;

/**
 * The channels the page sends straight to the archive process over its MessagePort (the
 * preload's transport, relay/host.ts): requests that need nothing of Electron. Every other
 * channel (dialogs, the shell, path checks that end in the shell, settings sealed with
 * safeStorage) goes through the main process with ipcRenderer.invoke; the archive process
 * refuses those on a port.
 */
const portChannels = [
  'archive:status',
  'archive:errors',
  'archive:removeRoot',
  'archive:openSample',
  'index:start',
  'index:cancel',
  'search:query',
  'search:timeline',
  'search:suggest',
  'browse:companies',
  'filing:get',
  'filing:document',
  'filing:companies',
  'filing:related',
  'export:cancel',
] as const satisfies readonly Channel[];
export const PORT_CHANNELS: readonly Channel[] = portChannels;

/**
 * The preload's private IPC with the main process about its port (never exposed to the page):
 * it asks for one when it loads, receives one (at load and after every start of the archive
 * process), and is told when the archive process has gone (its port is dead).
 */
export const PORT_IPC = {
  want: 'edgar-port:want',
  port: 'edgar-port:port',
  lost: 'edgar-port:lost',
} as const;
