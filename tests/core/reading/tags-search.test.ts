import { describe, expect, it } from 'vitest';
import { CAFFERY, DEJEAN, failureOf, LEAHY, seeded } from './helpers';

describe('tags', () => {
  it('on documents and notes: normalised, counted, and filtering the library and search', async () => {
    const { core, call, caffery, leahy, dejean } = await seeded();
    expect(await call('tags.set', { target: { docId: caffery }, tags: ['#PCF', 'strikes', 'pcf', '  Cold   War '] })).toEqual({ tags: ['Cold War', 'PCF', 'strikes'] });
    await call('tags.set', { target: { docId: leahy }, tags: ['pcf'] });
    const note = await call('notes.create', { title: 'Ambassadors on the PCF', body: 'Communist tactics' });
    await call('tags.set', { target: { noteId: note.id }, tags: ['PCF'] });

    expect(await call('tags.list', {})).toEqual([
      { tag: 'Cold War', count: 1, documents: 1, notes: 0 },
      { tag: 'PCF', count: 3, documents: 2, notes: 1 },
      { tag: 'strikes', count: 1, documents: 1, notes: 0 },
    ]);
    const listed = await call('library.list', { tag: 'Pcf' });
    expect(listed.map((d) => d.title).sort()).toEqual([CAFFERY, LEAHY]);
    expect(listed.find((d) => d.id === caffery)?.tags).toEqual(['Cold War', 'PCF', 'strikes']);
    expect((await call('library.list', {})).find((d) => d.id === dejean)?.tags).toEqual([]);
    expect((await call('document.get', { id: caffery })).tags).toEqual(['Cold War', 'PCF', 'strikes']);

    const res = await call('library.search', { query: 'communist', tag: 'PCF' });
    expect(res.hits.map((h) => h.title).sort()).toEqual([CAFFERY, LEAHY]);
    expect(res.noteHits.map((h) => h.title)).toEqual(['Ambassadors on the PCF']);
    expect((await call('library.search', { query: '', tag: 'strikes' })).hits.map((h) => h.id)).toEqual([caffery]);
    expect((await call('notes.list', { tag: 'pcf' })).map((n) => n.id)).toEqual([note.id]);

    await call('tags.set', { target: { docId: caffery }, tags: [] });
    expect((await call('library.list', { tag: 'strikes' })).length).toBe(0);
    expect((await failureOf(call('tags.set', { target: { docId: 999 }, tags: ['x'] }))).code).toBe('not-found');
    core.close();
  });
});

describe('one search box for documents and notes', () => {
  it('finds notes and highlight comments beside documents, with counts per kind', async () => {
    const { core, call, caffery, dejean } = await seeded();
    const text = core.repo.get(caffery)?.plainText ?? '';
    const exact = 'Thorez himself told them';
    const start = text.indexOf(exact);
    await call('highlights.create', { docId: caffery, color: 'pink', comment: 'Cominform line — compare Dejean on the PCF', anchor: { quote: { exact }, position: { start, end: start + exact.length } } });
    const free = await call('notes.create', { title: 'Cominform', body: `The Cominform line in Paris: see [[doc:${caffery}|Caffery]].` });
    await call('notes.save', { docId: dejean, body: 'Pravda praises the PCF; nothing on the Cominform.' });

    const res = await call('library.search', { query: 'cominform' });
    expect(res.hits.map((h) => [h.hit, h.title])).toEqual([['document', CAFFERY]]);
    expect(res.facets).toMatchObject({ documents: 1, notes: 3 });
    expect(res.noteHits.map((h) => h.hit).sort()).toEqual(['highlight', 'note', 'note']);
    const noteHit = res.noteHits.find((h) => h.hit === 'note' && h.noteId === free.id);
    expect(noteHit).toMatchObject({ docId: null, title: 'Cominform' });
    expect(noteHit?.snippet.text).toBe('The Cominform line in Paris: see Caffery.');
    const docNote = res.noteHits.find((h) => h.hit === 'note' && h.docId === dejean);
    expect(docNote?.title).toBe(DEJEAN);
    const comment = res.noteHits.find((h) => h.hit === 'highlight');
    expect(comment).toMatchObject({ docId: caffery, title: CAFFERY, quote: exact, color: 'pink' });
    const [from, to] = comment?.snippet.highlights[0] ?? [0, 0];
    expect(comment?.snippet.text.slice(from, to)).toBe('Cominform');

    const notesOnly = await call('library.search', { query: 'cominform', scope: 'notes' });
    expect(notesOnly.hits).toEqual([]);
    expect(notesOnly.noteHits.length).toBe(3);
    expect(notesOnly.facets).toMatchObject({ documents: 1, notes: 3 });
    const docsOnly = await call('library.search', { query: 'cominform', scope: 'documents' });
    expect(docsOnly.noteHits).toEqual([]);
    expect(docsOnly.facets.notes).toBe(3);
    // The query's own in: wins over the scope the app's tabs send (the default 'all').
    const typed = await call('library.search', { query: 'in:notes cominform', scope: 'all' });
    expect({ scope: typed.scope, hits: typed.hits.length, notes: typed.noteHits.length }).toEqual({ scope: 'notes', hits: 0, notes: 3 });
    const typedDocs = await call('library.search', { query: 'cominform in:documents', scope: 'all' });
    expect({ scope: typedDocs.scope, hits: typedDocs.hits.length, notes: typedDocs.noteHits.length }).toEqual({ scope: 'documents', hits: 1, notes: 0 });

    // Every word must match, as for documents; accents and case do not matter.
    expect((await call('library.search', { query: 'COMINFORM pravda' })).noteHits.map((h) => h.title)).toEqual([DEJEAN]);
    core.close();
  });
});
