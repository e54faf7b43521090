import type { Command } from '../command';

// Not built yet: its issue replaces this with the real command.
export const indexCommand: Command = {
  summary: 'Index folders of filings into the database',
  async run() {
    process.stderr.write('not implemented yet\n');
    return 2;
  },
};
