import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src-main/core/core';
import { FTS_BEFORE_FOLDING } from '../../../src-main/core/search/body-index';
import { FTS_SETTING } from '../../../src-main/core/search/ensure-index';
import { NOTES_FTS_SETTING } from '../../../src-main/core/search/note-index';
import { api } from '../reading/helpers';
import { LIBRARY_FILE } from '../../../src-main/core/db/recovery';
import { tempDir } from '../../helpers/temp-dir';
import { SEARCH_MODES } from './corpus-library';

const GREEK = 'Η σοφία του λόγου. Ο Πρέσβυς έγραψε από την Αθήνα για την ΟΔΟΣ Ἀθῆναι.\n';
const RUSSIAN = 'Телеграмма из Москвы. Май 1918 года: Российской делегации нет.\n';
const ARABIC = 'كَتَبَ السفير الرسالة إلى الوزارة.\n';
const ENGLISH = 'The Ambassador telegraphed from Paris in May 1918.\n';

async function library(dir: string, termsFrom?: number): Promise<Core> {
  const files = { 'greek.txt': GREEK, 'russian.txt': RUSSIAN, 'arabic.txt': ARABIC, 'english.txt': ENGLISH };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const core = createCore({ libraryDir: join(dir, 'lib'), ...(termsFrom === undefined ? {} : { termsFrom }) });
  expect((await core.importPaths(Object.keys(files).map((f) => join(dir, f)))).failed).toEqual([]);
  return core;
}

/** The files of the documents found, and the words the first hit's snippet highlights. */
function found(core: Core, query: string): { files: string[]; marked: string[] } {
  const res = core.search.search({ query, limit: 10, scope: 'documents' });
  const hits = res.hits.filter((h) => h.hit === 'document');
  const first = hits[0];
  const marked = first && 'snippet' in first ? first.snippet.highlights.map(([s, e]) => first.snippet.text.slice(s, e)) : [];
  return { files: hits.map((h) => core.repo.get(h.id)?.sourceFile ?? ''), marked };
}

const CASES: Array<[query: string, file: string, marked: string[]]> = [
  ['σοφία', 'greek', ['σοφία']],
  ['σοφια', 'greek', ['σοφία']],
  // The last word typed is a prefix: Ἀθῆναι starts with it too.
  ['ΑΘΗΝΑ', 'greek', ['Αθήνα', 'Ἀθῆναι']],
  ['οδός', 'greek', ['ΟΔΟΣ']],
  ['αθηναι', 'greek', ['Ἀθῆναι']],
  ['"σοφία του λόγου"', 'greek', ['σοφία του λόγου']],
  ['=Αθήνα', 'greek', ['Αθήνα']],
  ['Май', 'russian', ['Май']],
  ['российской', 'russian', ['Российской']],
  ['NEAR(Москвы Май, 3)', 'russian', ['Москвы', 'Май']],
  ['كتب', 'arabic', ['كَتَبَ']],
];

/** Each case with the term index and with FTS5 alone. */
const IN_BOTH_MODES = SEARCH_MODES.flatMap(({ mode, termsFrom }) => CASES.map(([query, file, marked]) => ({ query, file, marked, mode, termsFrom })));

describe('words of non-Latin editions (Greek with accents, Cyrillic й, Arabic with vowel signs)', () => {
  it.each(IN_BOTH_MODES)('$query finds its document and highlights it ($mode)', async ({ query, file, marked, termsFrom }) => {
    const core = await library(tempDir(), termsFrom);
    try {
      const r = found(core, query);
      expect(r.files).toHaveLength(1);
      expect(r.files[0]).toContain(`${file}.txt`);
      expect(r.marked).toEqual(marked);
    } finally {
      core.close();
    }
  });

  it('are found in a library indexed before text was folded for FTS5, once it is opened again', async () => {
    const dir = tempDir();
    let core = await library(dir);
    const greek = core.db.prepare("SELECT id FROM documents WHERE source_file LIKE '%greek.txt'").pluck().get() as number;
    const english = core.db.prepare("SELECT id FROM documents WHERE source_file LIKE '%english.txt'").pluck().get() as number;
    core.close();
    // As the earlier code wrote them: the text unfolded, and that code's version recorded.
    const db = new Database(join(dir, 'lib', LIBRARY_FILE));
    for (const table of ['body_fts', 'body_exact_fts']) {
      db.prepare(`DELETE FROM ${table} WHERE rowid = ?`).run(greek);
      db.prepare(`INSERT INTO ${table} (rowid, title, people, place, body) VALUES (?, 'greek', '', '', ?)`).run(greek, GREEK);
    }
    db.prepare('UPDATE settings SET value = ? WHERE key = ?').run(FTS_BEFORE_FOLDING, FTS_SETTING);
    db.close();
    core = createCore({ libraryDir: join(dir, 'lib') });
    try {
      // The Greek text has a final sigma, which folds otherwise now in the in-memory parts too.
      expect(core.indexRebuilt).toBe(true);
      expect(found(core, 'σοφία').files).toHaveLength(1);
      expect(found(core, '=Αθήνα').files).toHaveLength(1);
      expect(found(core, 'telegraphed').files).toHaveLength(1);
      expect(core.search.search({ query: 'telegraphed', limit: 1 }).hits[0]?.id).toBe(english);
      expect(core.settings.get(FTS_SETTING)).not.toBe(FTS_BEFORE_FOLDING);
    } finally {
      core.close();
    }
  });

  it("are found in the user's notes and highlight comments, also in a library whose note index predates folding", async () => {
    const dir = tempDir();
    let core = await library(dir);
    const call = api(core);
    const english = core.db.prepare("SELECT id FROM documents WHERE source_file LIKE '%english.txt'").pluck().get() as number;
    const text = core.repo.get(english)?.plainText ?? '';
    const exact = 'telegraphed';
    const start = text.indexOf(exact);
    await call('highlights.create', { docId: english, color: 'yellow', comment: 'Ο Πρέσβυς: σοφία', anchor: { quote: { exact }, position: { start, end: start + exact.length } } });
    await call('notes.create', { title: 'Москва', body: 'Май 1918: Российской делегации нет.' });
    const noteKinds = (c: Core, query: string): string[] =>
      c.search.search({ query, limit: 10 }).noteHits.map((h) => h.hit).sort();
    expect(noteKinds(core, 'май')).toEqual(['note']);
    expect(noteKinds(core, 'российской')).toEqual(['note']);
    expect(noteKinds(core, 'σοφια')).toEqual(['highlight']);
    expect(noteKinds(core, 'ΠΡΕΣΒΥΣ')).toEqual(['highlight']);
    core.close();

    // As the earlier code left them: the text as typed in the note tables, and no version recorded.
    const db = new Database(join(dir, 'lib', LIBRARY_FILE));
    db.exec(`DELETE FROM notes_fts; DELETE FROM comments_fts;
      INSERT INTO notes_fts (rowid, title, body) SELECT id, title, body FROM notes;
      INSERT INTO comments_fts (rowid, comment) SELECT id, comment FROM highlights WHERE comment IS NOT NULL;`);
    db.prepare('DELETE FROM settings WHERE key = ?').run(NOTES_FTS_SETTING);
    db.close();
    core = createCore({ libraryDir: join(dir, 'lib') });
    try {
      expect(noteKinds(core, 'май')).toEqual(['note']);
      expect(noteKinds(core, 'σοφια')).toEqual(['highlight']);
    } finally {
      core.close();
    }
  });
});
