export interface Command {
  summary: string;
  /** One line: the command's arguments, printed for --help and usage errors. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit status. */
  run(args: string[]): Promise<number>;
}
