/** A malformed query: the message names the problem, `position` is its character offset. */
export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} (at position ${position})`);
    this.name = 'QuerySyntaxError';
  }
}
