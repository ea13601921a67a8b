import { Encoder, Index } from 'flexsearch';
import { foldTerm } from '../../../src-shared/text/fold';
import { extend1, extend2, SEED1, SEED2 } from './count-sketch';
import { stem, stemmedText } from './stem';
import type { Db } from '../db/open-database';

/** Keys of the title index's parts in `search_cache` start so (FlexSearch names the rest). */
const PREFIX = 'title:';
const MAX_RESULTS = 100_000;

/**
 * Text is folded and stemmed by `stemmedText` before it reaches FlexSearch,
 * once per document, which is several times cheaper than FlexSearch's own
 * per-word normalisation; the encoder then only splits words.
 */
const encoder = (): Encoder =>
  new Encoder({ normalize: false, dedupe: false, cache: false, include: { letter: true, number: true, symbol: false, punctuation: false, control: false } });

// Forward tokenizing makes every prefix match, so results come as the user types.
const newIndex = (): Index => new Index({ encoder: encoder(), tokenize: 'forward', resolution: 9, cache: false });

/**
 * Titles, held in memory by FlexSearch for instant prefix matching (the `[[`
 * autocomplete and `[[Title]]` links). A search never asks it (ranking
 * reads title words from FTS5, `title-matches.ts`), so after a
 * start its persisted copy is read only when first needed: at 100,000
 * documents importing it took a third of the cold start and 100 MB. Per
 * document, a signature (two 32-bit hashes) of its title, kept apart and
 * read at once, says whether re-indexing a document changes its title: a
 * metadata edit that leaves the title alone never loads the index.
 */
export function createTitleIndex(db: Db) {
  const readParts = db.prepare(`SELECT key, data FROM search_cache WHERE key >= '${PREFIX}' AND key < 'title;'`);
  const readGeneration = db.prepare("SELECT data FROM search_cache WHERE key = '#fields-generation'").pluck();
  let index: Index | null = newIndex();
  /** While `index` is null: the fields generation its persisted copy must still carry to be read back (else rebuilt from `titles`). */
  let pending: { generation: string; titles: () => Iterable<[number, string]> } | null = null;
  let signatures = new Uint32Array(0);

  const load = (): Index => {
    if (index) return index;
    const fresh = newIndex();
    const from = pending;
    pending = null;
    index = fresh;
    if (from && readGeneration.get() === from.generation) {
      for (const row of readParts.iterate() as Iterable<{ key: string; data: string | Buffer }>) {
        if (typeof row.data === 'string') fresh.import(row.key.slice(PREFIX.length), row.data);
      }
    } else if (from) {
      // Another process rewrote the copy since: the titles in SQLite are the truth.
      for (const [id, title] of from.titles()) if (title.length > 0) fresh.add(id, stemmedText(title));
    }
    return fresh;
  };

  const signatureChanged = (id: number, text: string | null): boolean => {
    let a = 0;
    let b = 0;
    if (text !== null) {
      a = SEED1;
      b = SEED2;
      for (let i = 0; i < text.length; i++) {
        a = extend1(a, text.charCodeAt(i));
        b = extend2(b, text.charCodeAt(i));
      }
    }
    if (2 * id + 1 >= signatures.length) {
      const grown = new Uint32Array(Math.ceil((2 * id + 2) * 1.5));
      grown.set(signatures);
      signatures = grown;
    }
    // (0, 0) is "not known": after a restart the first re-index of a document counts as a change.
    const same = signatures[2 * id] === a && signatures[2 * id + 1] === b && (a | b) !== 0;
    signatures[2 * id] = a;
    signatures[2 * id + 1] = b;
    return !same;
  };

  return {
    /** Empty, loaded (before a rebuild). */
    clear(): void {
      index = newIndex();
      pending = null;
      signatures = new Uint32Array(0);
    },
    /**
     * After a start: the persisted copy, tagged `generation`, is read on first
     * use; `titles` rebuilds it should another process have replaced it by then.
     */
    restoreLazily(generation: string, signatureBlob: string | Buffer | undefined, titles: () => Iterable<[number, string]>): void {
      index = null;
      pending = { generation, titles };
      signatures = restoreSignatures(signatureBlob);
    },
    /** The persisted copy, unchanged, was tagged with a new generation. */
    retag(generation: string): void {
      if (pending) pending.generation = generation;
    },
    /** Indexes the title unless it is the one held; true if it changed. */
    add(id: number, title: string): boolean {
      if (!signatureChanged(id, title)) return false;
      if (title.length > 0) load().add(id, stemmedText(title));
      else load().remove(id);
      return true;
    },
    remove(id: number): void {
      signatureChanged(id, null);
      load().remove(id);
    },
    /** Ids whose title has a word starting with `term` (folded) or, for another form of the word, with its stem; best first. */
    lookup(term: string, limit = MAX_RESULTS): number[] {
      const titles = load();
      const word = foldTerm(term);
      const found = titles.search(word, { limit }).map(Number);
      const s = stem(word);
      if (s === word || s.length < 2) return found;
      const seen = new Set(found);
      for (const id of titles.search(s, { limit })) if (!seen.has(Number(id))) found.push(Number(id));
      return found;
    },
    /** The parts to persist: FlexSearch's export and the signatures. */
    serialize(): Array<[string, string | Buffer]> {
      const parts: Array<[string, string | Buffer]> = [];
      load().export((key: string, data: string) => {
        parts.push([`${PREFIX}${key}`, data]);
      });
      // Kept with the title index they describe, so an edit after a restart knows whether a title changed.
      parts.push(['#signatures', Buffer.from(signatures.buffer, signatures.byteOffset, signatures.byteLength)]);
      return parts;
    },
  };
}

/** The persisted signatures; none (every document "not known") if missing. */
function restoreSignatures(blob: string | Buffer | undefined): Uint32Array<ArrayBuffer> {
  if (!(blob instanceof Buffer)) return new Uint32Array(0);
  // Copied: a Buffer from SQLite need not be aligned for a Uint32Array view.
  const out = new Uint32Array(blob.byteLength >>> 2);
  new Uint8Array(out.buffer).set(blob.subarray(0, out.byteLength));
  return out;
}

export type TitleIndex = ReturnType<typeof createTitleIndex>;
