import { ChanceryError, type ReaderState, type ReadingPosition } from '../../contract';
import type { Db } from '../db/open-database';
import type { Settings } from './settings';

const STATE_KEY = 'reader.state';

/** Where the user stopped in each document, and the reader's layout for the library. */
export function createReadingState({ db, settings, now }: { db: Db; settings: Settings; now: () => string }) {
  const put = db.prepare(`
    INSERT INTO reading_positions (doc_id, block_index, char_offset, updated_at) VALUES (@docId, @blockIndex, @offset, @now)
    ON CONFLICT(doc_id) DO UPDATE SET block_index = excluded.block_index, char_offset = excluded.char_offset,
      updated_at = excluded.updated_at`);
  const get = db.prepare('SELECT block_index AS blockIndex, char_offset AS offset, updated_at AS updatedAt FROM reading_positions WHERE doc_id = ?');
  const docExists = db.prepare('SELECT 1 FROM documents WHERE id = ?');

  return {
    position(docId: number): ReadingPosition | null {
      return (get.get(docId) as ReadingPosition | undefined) ?? null;
    },
    setPosition(docId: number, blockIndex: number, offset: number): ReadingPosition {
      if (!docExists.get(docId)) throw new ChanceryError('not-found', `Document ${docId} not found`);
      const at = now();
      put.run({ docId, blockIndex, offset, now: at });
      return { blockIndex, offset, updatedAt: at };
    },
    readerState(): ReaderState {
      const raw = settings.get(STATE_KEY);
      if (raw === null) return { state: null, updatedAt: null };
      return JSON.parse(raw) as ReaderState;
    },
    /** The size limit is checked by the argument schema (64 KB of JSON). */
    setReaderState(state: Record<string, unknown>): ReaderState {
      const saved: ReaderState = { state, updatedAt: now() };
      settings.set(STATE_KEY, JSON.stringify(saved));
      return saved;
    },
  };
}

export type ReadingState = ReturnType<typeof createReadingState>;
