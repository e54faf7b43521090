// `npm run cli -- <command> …`: the archive core from a terminal. Each command lives in
// ./commands and returns its exit status; output contracts are documented in README.md.
import { UsageError } from './args';
import { commands } from './commands';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const list = Object.entries(commands)
      .map(([n, c]) => `  ${n.padEnd(8)} ${c.summary}`)
      .join('\n');
    process.stderr.write(
      `usage: edgar-archive <command> [options]   (in a clone: npm run --silent cli -- <command>)\n\ncommands:\n${list}\n`,
    );
    return name && name !== '--help' && name !== 'help' ? 2 : 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.summary}\n${command.usage}\n`);
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    // A usage error is the caller's to fix (exit 2); anything else means the command could not run.
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);
