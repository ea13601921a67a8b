import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadHighlights, resolveHighlights } from '../../../src-main/core/dossiers/highlights';

describe('reading highlights for the PDF', () => {
  it('finds none, without failing, before the highlights table exists', () => {
    expect(loadHighlights(new Database(':memory:'), 1)).toEqual([]);
  });

  it('reads the anchor-JSON shape too, skipping deleted rows and malformed anchors', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE highlights (doc_id INTEGER, color TEXT, comment TEXT, anchor TEXT, status TEXT, deleted_at TEXT)');
    const add = db.prepare('INSERT INTO highlights VALUES (?, ?, ?, ?, ?, ?)');
    add.run(1, 'green', 'second', JSON.stringify({ quote: { exact: 'world' }, position: { start: 6, end: 11 } }), 'anchored', null);
    add.run(1, 'blue', null, JSON.stringify({ quote: { exact: 'Hello' }, position: { start: 0, end: 5 } }), 'anchored', null);
    add.run(1, 'pink', null, JSON.stringify({ quote: { exact: 'gone' }, position: { start: 0, end: 4 } }), 'anchored', '2026-01-01');
    add.run(1, 'pink', null, '{not json', 'anchored', null);
    add.run(1, 'yellow', null, JSON.stringify({ quote: { exact: 'lost words' }, position: { start: 3, end: 13 } }), 'orphaned', null);
    add.run(2, 'yellow', null, JSON.stringify({ quote: { exact: 'other' }, position: { start: 0, end: 5 } }), 'anchored', null);
    expect(loadHighlights(db, 1)).toEqual([
      { start: -1, end: -1, exact: 'lost words', color: 'yellow', comment: '' },
      { start: 0, end: 5, exact: 'Hello', color: 'blue', comment: '' },
      { start: 6, end: 11, exact: 'world', color: 'green', comment: 'second' },
    ]);
  });

  it('keeps offsets that still hold the quote, re-finds moved quotes and drops vanished ones', () => {
    const text = 'A preface. Hello world';
    const list = [
      { start: 0, end: 5, exact: 'Hello', color: 'blue', comment: '' },
      { start: 17, end: 22, exact: 'world', color: 'green', comment: '' },
      { start: -1, end: -1, exact: 'lost words', color: 'yellow', comment: '' },
    ];
    expect(resolveHighlights(text, list).map((h) => [h.start, h.end])).toEqual([
      [11, 16],
      [17, 22],
    ]);
  });
});
