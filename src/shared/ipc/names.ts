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
