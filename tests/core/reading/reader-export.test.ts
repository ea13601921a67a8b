import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { safeFileName } from '../../../src-main/core/notes/export';
import { api, CAFFERY, failureOf, LEAHY, seeded } from './helpers';

describe('reading state', () => {
  it('keeps the layout blob and each document’s position across restarts', async () => {
    const { dir, core, call, caffery } = await seeded();
    expect(await call('reader.getState', {})).toEqual({ state: null, updatedAt: null });
    const layout = { panes: { left: caffery, right: null }, notesSide: 'right', fontSize: 18 };
    const saved = await call('reader.setState', { state: layout });
    expect(saved.state).toEqual(layout);
    expect((await call('document.get', { id: caffery })).position).toBeNull();
    const pos = await call('document.setPosition', { id: caffery, blockIndex: 4, offset: 120 });
    expect(pos).toMatchObject({ blockIndex: 4, offset: 120 });
    core.close();

    const call2 = api(createCore({ libraryDir: dir }));
    expect((await call2('reader.getState', {})).state).toEqual(layout);
    expect((await call2('document.get', { id: caffery })).position).toEqual(pos);
  });

  it('refuses a blob over 64 KB, negative offsets and unknown documents', async () => {
    const { core, call, caffery } = await seeded();
    expect((await failureOf(call('reader.setState', { state: { junk: 'x'.repeat(70_000) } }))).code).toBe('invalid-argument');
    expect((await failureOf(call('document.setPosition', { id: caffery, blockIndex: -1, offset: 0 }))).code).toBe('invalid-argument');
    expect((await failureOf(call('document.setPosition', { id: 999, blockIndex: 0, offset: 0 }))).code).toBe('not-found');
    core.close();
  });
});

describe('exporting notes', () => {
  it('writes one Markdown file per note with front matter, readable links and the cited documents', async () => {
    const { core, call, caffery, leahy } = await seeded();
    const n = await call('notes.create', { title: 'Moscow / Paris: "lines"', body: `Compare [[doc:${caffery}|Caffery]] with [[${LEAHY}]].\n`, tags: ['PCF'] });
    await call('notes.create', { title: 'Moscow / Paris: "lines"', body: 'Second note, same title.' });
    await call('notes.save', { docId: caffery, body: 'Thorez.' });

    const files = await call('notes.export', {});
    expect(files.map((f) => f.fileName).sort()).toEqual(['Moscow - Paris- -lines.md', 'Moscow - Paris- -lines (2).md', `${CAFFERY}.md`].sort());
    const file = files.find((f) => f.content.includes('Compare'));
    expect(file?.content).toBe(
      [
        '---',
        'title: "Moscow / Paris: \\"lines\\""',
        'document: null',
        'tags: ["PCF"]',
        `created: "${n.createdAt}"`,
        `updated: "${n.updatedAt}"`,
        '---',
        '',
        `Compare [[Caffery]] with [[${LEAHY}]].`,
        '',
        '## Cited documents',
        '',
        '1. [[Caffery]]: Telegram from the Ambassador in France (Caffery) to the Secretary of State, [December 3, 1947], *Foreign Relations of the United States*, pp. [810]–811',
        `2. [[${LEAHY}]]: Telegram from the Ambassador in France (Leahy) to the Secretary of State, [1941], *Foreign Relations of the United States*, pp. [178]–179`,
        '',
      ].join('\n'),
    );
    const docNote = files.find((f) => f.fileName === `${CAFFERY}.md`)?.content ?? '';
    expect(docNote).toContain(`document: "${CAFFERY}"\ndocument_citation: "Telegram from the Ambassador in France (Caffery)`);
    expect(leahy).toBeGreaterThan(0);
    core.close();
  });

  it('adds the document’s highlights (quote, page, comment) and tags, and a file for a highlighted document without a note', async () => {
    const { core, call, caffery, leahy } = await seeded();
    await call('notes.save', { docId: caffery, body: 'Thorez.' });
    await call('tags.set', { target: { docId: caffery }, tags: ['PCF', 'strikes'] });
    const mark = async (docId: number, words: string, comment?: string) => {
      const text = core.repo.get(docId)?.plainText ?? '';
      const start = text.indexOf(words);
      expect(start).toBeGreaterThanOrEqual(0);
      const anchor = { quote: { exact: words }, position: { start, end: start + words.length } };
      return call('highlights.create', { docId, color: 'yellow', ...(comment ? { comment } : {}), anchor });
    };
    const caffText = core.repo.get(caffery)?.plainText ?? '';
    // From the end of the telegram, on its printed page 811.
    const quote = caffText.slice(-70, -30).trim();
    const h = await mark(caffery, quote, 'He will **not** retreat.');
    expect(h.page).toBe('811');
    const leahyText = core.repo.get(leahy)?.plainText ?? '';
    const leahyQuote = leahyText.slice(100, 140).trim();
    await mark(leahy, leahyQuote);

    const files = await call('notes.export', {});
    expect(files.map((f) => f.fileName).sort()).toEqual([`${CAFFERY}.md`, `${LEAHY}.md`].sort());
    const caff = files.find((f) => f.fileName === `${CAFFERY}.md`)?.content ?? '';
    expect(caff).toContain('tags: []\ndocument_tags: ["PCF", "strikes"]\n');
    expect(caff).toContain(`Thorez.\n\n## Highlights\n\n> ${quote}\n> — p. 811 · yellow\n\nHe will **not** retreat.\n`);
    const leahyFile = files.find((f) => f.fileName === `${LEAHY}.md`)?.content ?? '';
    expect(leahyFile.startsWith(`---\ntitle: "${LEAHY}"\ndocument: "${LEAHY}"\ndocument_citation: "Telegram from`)).toBe(true);
    expect(leahyFile).toContain(`\n---\n\n## Highlights\n\n> ${leahyQuote}\n> — yellow\n`);
    core.close();
  });

  it('makes file names every system accepts', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(safeFileName('...')).toBe('note');
    expect(safeFileName('CON')).toBe('note CON');
    expect(safeFileName('x'.repeat(200)).length).toBe(80);
  });
});
