/** The first chunks of a stream up to `bytes`, and the whole stream again (those chunks replayed first). */
export async function peek(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, bytes: number): Promise<{ head: Uint8Array; chunks: AsyncIterable<Uint8Array> }> {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : toAsync(source[Symbol.iterator]());
  const taken: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < bytes && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else {
      taken.push(next.value);
      size += next.value.byteLength;
    }
  }
  const head = new Uint8Array(Math.min(size, bytes));
  let at = 0;
  for (const part of taken) {
    if (at >= head.length) break;
    head.set(part.subarray(0, head.length - at), at);
    at += Math.min(part.byteLength, head.length - at);
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* taken;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head, chunks: replay() };
}

function toAsync<T>(it: Iterator<T>): AsyncIterator<T> {
  return { next: () => Promise.resolve(it.next()) };
}
