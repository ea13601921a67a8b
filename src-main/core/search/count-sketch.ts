/**
 * A count-min sketch: approximate counts of many keys (here word runs) in a
 * fixed 4 MB, where a map of every run seen at 100,000 documents would hold
 * three quarters of a million entries. A count is never below the true one,
 * so no frequent run is missed; an overestimate only costs one check against
 * the source of truth. Keys are two independent 32-bit hashes of the run.
 */
const WIDTH_BITS = 20;
const WIDTH = 1 << WIDTH_BITS;
const MAX = 0xffff;

export class CountSketch {
  constructor(private readonly counts = new Uint16Array(2 * WIDTH)) {}

  /** Adds one to the key's count and returns the new estimate. */
  increment(h1: number, h2: number): number {
    const a = fmix(h1) >>> (32 - WIDTH_BITS);
    const b = WIDTH + (fmix(h2) >>> (32 - WIDTH_BITS));
    const ca = Math.min(MAX, (this.counts[a] ?? 0) + 1);
    const cb = Math.min(MAX, (this.counts[b] ?? 0) + 1);
    this.counts[a] = ca;
    this.counts[b] = cb;
    return Math.min(ca, cb);
  }

  serialize(): Buffer {
    return Buffer.from(this.counts.buffer, this.counts.byteOffset, this.counts.byteLength);
  }

  /** Null if the blob is not a sketch of this size. */
  static restore(blob: Buffer): CountSketch | null {
    if (blob.byteLength !== 4 * WIDTH) return null;
    const counts = new Uint16Array(2 * WIDTH);
    new Uint8Array(counts.buffer).set(blob);
    return new CountSketch(counts);
  }
}

/** Murmur3's finaliser: every input bit reaches the top bits used as the slot. */
function fmix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The first hash of a word run, extended by one term id (FNV-1a style). */
export function extend1(h: number, id: number): number {
  return Math.imul(h ^ id, 0x01000193) >>> 0;
}

/** The second, independent hash (murmur-style mixing). */
export function extend2(h: number, id: number): number {
  let x = Math.imul(id, 0xcc9e2d51);
  x = Math.imul((x << 15) | (x >>> 17), 0x1b873593);
  const y = (h ^ x) >>> 0;
  return (Math.imul((y << 13) | (y >>> 19), 5) + 0xe6546b64) >>> 0;
}

export const SEED1 = 0x811c9dc5;
export const SEED2 = 0x9747b28c;
