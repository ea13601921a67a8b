/**
 * A set of document ids as one bit per id. At 100,000 documents a set is
 * 12.5 KB, and AND / OR / AND NOT of two sets is a loop over 3,125 words:
 * the query language's operators cost microseconds however many documents
 * match, where lists of ids cost in proportion to the matches.
 */
export type Bitset = Uint32Array;

export function emptySet(capacity: number): Bitset {
  return new Uint32Array(Math.ceil(Math.max(capacity, 1) / 32));
}

/** A set able to hold ids below `capacity`, grown from `b` (same bits). */
export function widen(b: Bitset, capacity: number): Bitset {
  const words = Math.ceil(Math.max(capacity, 1) / 32);
  if (b.length >= words) return b;
  const out = new Uint32Array(words);
  out.set(b);
  return out;
}

export function addId(b: Bitset, id: number): void {
  const w = id >>> 5;
  if (w < b.length) b[w] = (b[w] ?? 0) | (1 << (id & 31));
}

export function removeId(b: Bitset, id: number): void {
  const w = id >>> 5;
  if (w < b.length) b[w] = (b[w] ?? 0) & ~(1 << (id & 31));
}

export function hasId(b: Bitset, id: number): boolean {
  return (((b[id >>> 5] ?? 0) >>> (id & 31)) & 1) === 1;
}

export function fromIds(ids: ArrayLike<number>, capacity: number): Bitset {
  const b = emptySet(capacity);
  for (let i = 0; i < ids.length; i++) addId(b, ids[i] ?? 0);
  return b;
}

/** a ∩ b, into `a`. Words of `a` beyond `b` are cleared. */
export function andInto(a: Bitset, b: Bitset): Bitset {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) a[i] = (a[i] ?? 0) & (b[i] ?? 0);
  a.fill(0, n);
  return a;
}

/** a ∪ b, into `a` (`a` must be at least as long as `b`). */
export function orInto(a: Bitset, b: Bitset): Bitset {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) a[i] = (a[i] ?? 0) | (b[i] ?? 0);
  return a;
}

/** a \ b, into `a`. */
export function andNotInto(a: Bitset, b: Bitset): Bitset {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) a[i] = (a[i] ?? 0) & ~(b[i] ?? 0);
  return a;
}

function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

export function countIds(b: Bitset): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) n += popcount32(b[i] ?? 0);
  return n;
}

/** The ids in the set, ascending. */
export function toIds(b: Bitset): Int32Array {
  const out = new Int32Array(countIds(b));
  let k = 0;
  for (let i = 0; i < b.length; i++) {
    let w = b[i] ?? 0;
    while (w !== 0) {
      const low = w & -w;
      out[k++] = (i << 5) + (31 - Math.clz32(low));
      w ^= low;
    }
  }
  return out;
}
