import type { Command } from '../command';

// Not built yet: its issue replaces this with the real command.
export const exportCommand: Command = {
  summary: 'Export the results of a query to CSV',
  async run() {
    process.stderr.write('not implemented yet\n');
    return 2;
  },
};
