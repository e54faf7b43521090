import type { Command } from '../command';

// Not built yet: its issue replaces this with the real command.
export const searchCommand: Command = {
  summary: 'Search the index',
  async run() {
    process.stderr.write('not implemented yet\n');
    return 2;
  },
};
