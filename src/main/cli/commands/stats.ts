import type { Command } from '../command';

// Not built yet: its issue replaces this with the real command.
export const statsCommand: Command = {
  summary: 'Print index counts and database size',
  async run() {
    process.stderr.write('not implemented yet\n');
    return 2;
  },
};
