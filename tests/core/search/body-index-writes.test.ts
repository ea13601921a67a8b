import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/core/db/open-database';
import { createBodyIndex, type FtsText } from '../../../src-main/core/search/body-index';
import { createImpacts } from '../../../src-main/core/search/impacts';
import { WEIGHTS } from '../../../src-main/core/search/relevance';
import { tempDir } from '../../helpers/temp-dir';

const text = (body: string): FtsText => ({ title: '', people: '', place: '', body });

/** Writes one document's text in its own transaction, as an import's catch-up does. */
function index(db: ReturnType<typeof openDatabase>, fts: ReturnType<typeof createBodyIndex>, id: number, body: string): void {
  db.transaction(() => {
    fts.queue(id, text(body));
    fts.flush();
  })();
}

/** One library file open twice, as the app and a CLI import would have it. */
function twoConnections() {
  const path = join(tempDir(), 'library.sqlite');
  const db = openDatabase(path);
  const other = openDatabase(path);
  return { db, other, fts: createBodyIndex(db), otherFts: createBodyIndex(other) };
}

describe('the full-text index written document by document', () => {
  it('replaces a document written again, whether this connection or another wrote it first', () => {
    const { db, other, fts, otherFts } = twoConnections();
    index(db, fts, 1, 'Managua telegram');
    index(db, fts, 2, 'Bluefields consul');
    index(db, fts, 2, 'Bluefields mosquito');
    expect(fts.matches('consul')).toEqual([]);
    expect(fts.matches('bluefields')).toEqual([2]);
    // A document above every id this connection has seen, written by another process, then again here.
    index(other, otherFts, 3, 'Greytown consul');
    index(db, fts, 3, 'Greytown steamer');
    expect(fts.matches('greytown')).toEqual([3]);
    expect(fts.documentFrequency('greytown')).toBe(1);
    expect(fts.matches('consul')).toEqual([]);
    // The unstemmed table (=word) is replaced the same way, never left with the old text.
    expect(fts.exactMatches('consul')).toEqual([]);
    expect(fts.exactMatches('steamer')).toEqual([3]);
    expect(fts.exactMatches('mosquito')).toEqual([2]);
    // Rolled back: the ids it wrote are not in the index, and writing them later adds them once.
    expect(() =>
      db.transaction(() => {
        fts.queue(4, text('Rama river'));
        fts.flush();
        throw new Error('disk full');
      })(),
    ).toThrow('disk full');
    index(db, fts, 4, 'Rama river');
    expect(fts.documentFrequency('rama')).toBe(1);
    expect(fts.exactMatches('rama')).toEqual([4]);
    db.close();
    other.close();
  });
});

describe('documents per term, kept between writes', () => {
  it('follows a write, a rollback and another connection’s commit', () => {
    const { db, other, fts, otherFts } = twoConnections();
    index(db, fts, 1, 'Managua telegram');
    expect(fts.documentFrequency('telegram')).toBe(1);
    index(db, fts, 2, 'Bluefields telegram');
    expect(fts.documentFrequency('telegram')).toBe(2);
    // Counted inside a transaction that is then rolled back: the count goes back with it.
    expect(() =>
      db.transaction(() => {
        fts.queue(3, text('Rama telegram'));
        fts.flush();
        expect(fts.documentFrequency('telegram')).toBe(3);
        throw new Error('disk full');
      })(),
    ).toThrow('disk full');
    fts.discard();
    expect(fts.documentFrequency('telegram')).toBe(2);
    index(other, otherFts, 4, 'Greytown telegram');
    expect(fts.documentFrequency('telegram')).toBe(3);
    db.close();
    other.close();
  });
});

describe('BM25 impacts, kept between writes', () => {
  it('take in a document another connection committed (a CLI import while the app is open)', () => {
    const { db, other, fts, otherFts } = twoConnections();
    index(db, fts, 1, 'neutrality of the canal');
    index(db, fts, 2, 'the canal and its trade');
    const impacts = createImpacts(fts, WEIGHTS);
    const all = new Uint8Array(8).fill(1);
    const scored = (): number[] => [...(impacts.scores('"neutrality"', all) ?? [])].flatMap((s, id) => (s > 0 ? [id] : []));
    expect(scored()).toEqual([1]);
    index(other, otherFts, 3, 'neutrality again');
    expect(scored()).toEqual([1, 3]);
    db.close();
    other.close();
  });
});
