import type { Command } from '../command';

// Not built yet: its issue replaces this with the real command.
export const parseCommand: Command = {
  summary: 'Parse files and print one JSON object per file',
  async run() {
    process.stderr.write('not implemented yet\n');
    return 2;
  },
};
