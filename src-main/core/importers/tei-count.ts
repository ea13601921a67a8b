const MARKER = Buffer.from('type="document"');

/**
 * How many documents a volume will give, for "documents done / total": a
 * byte scan for document divs (an upper bound for oddly encoded files), far
 * cheaper than parsing, so it can run before the import.
 */
export async function countTeiDocuments(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<number> {
  let count = 0;
  let carry = Buffer.alloc(0);
  for await (const chunk of chunks) {
    const buf = carry.length > 0 ? Buffer.concat([carry, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let at = buf.indexOf(MARKER); at >= 0; at = buf.indexOf(MARKER, at + MARKER.length)) count++;
    // Keep a tail shorter than the marker, so a marker split across chunks is seen once.
    carry = Buffer.from(buf.subarray(Math.max(0, buf.length - (MARKER.length - 1))));
  }
  return count;
}
