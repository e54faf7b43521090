/**
 * Groups an iterable (or an async one: a backend's iterate) into arrays of `size`; closing
 * the pages closes the source.
 */
export async function* pages<T>(items: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let page: T[] = [];
  for await (const item of items) {
    page.push(item);
    if (page.length === size) {
      yield page;
      page = [];
    }
  }
  if (page.length) yield page;
}
