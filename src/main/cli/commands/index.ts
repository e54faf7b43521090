import type { Command } from '../command';
import { exportCommand } from './export';
import { indexCommand } from './index-folders';
import { kwicCommand } from './kwic';
import { parseCommand } from './parse';
import { reconcileCommand } from './reconcile';
import { searchCommand } from './search';
import { statsCommand } from './stats';

export const commands: Record<string, Command> = {
  parse: parseCommand,
  index: indexCommand,
  stats: statsCommand,
  search: searchCommand,
  export: exportCommand,
  reconcile: reconcileCommand,
  kwic: kwicCommand,
};
