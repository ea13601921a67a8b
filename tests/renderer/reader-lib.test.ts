import { describe, expect, it } from 'vitest';
import { highlightDecorations, segmentRun, type Decoration } from '../../src-renderer/src/lib/decorations';
import { findMatches, foldText } from '../../src-renderer/src/lib/find-text';
import { docLinkSyntax, DOC_LINK } from '../../src-renderer/src/lib/markdown';
import { openLinkAt } from '../../src-renderer/src/lib/caret';
import { closePane, cycleNotes, openDoc, parseWorkspace, swapPanes, INITIAL_WORKSPACE } from '../../src-renderer/src/lib/workspace';

describe('find in a document', () => {
  it('ignores case and diacritics, and maps matches back to the original text', () => {
    const text = 'Les Préfectures — PREFECTURES, préfectures.';
    const m = findMatches(foldText(text), 'prefectures');
    expect(m.map(([s, e]) => text.slice(s, e))).toEqual(['Préfectures', 'PREFECTURES', 'préfectures']);
  });

  it('keeps offsets right after characters that fold to several', () => {
    const text = 'İstanbul and Straße, then Moscow';
    const [hit] = findMatches(foldText(text), 'moscow');
    expect(hit && text.slice(hit[0], hit[1])).toBe('Moscow');
  });

  it('matches a space in the query across a line break', () => {
    const text = 'Interior\nMinistry';
    expect(findMatches(foldText(text), 'interior ministry')).toEqual([[0, text.length]]);
  });
});

describe('decorations', () => {
  const hl = (id: number, start: number, end: number): Decoration => ({ id, start, end, kind: 'highlight', color: 'yellow' });

  it('cuts a run where highlights and find matches start and end', () => {
    const segs = segmentRun('abcdefghij', 100, [hl(1, 102, 106)], [{ id: 0, start: 104, end: 108, kind: 'find' }]);
    expect(segs.map((s) => [s.text, s.highlight?.id ?? null, s.find?.id ?? null])).toEqual([
      ['ab', null, null],
      ['cd', 1, null],
      ['ef', 1, 0],
      ['gh', null, 0],
      ['ij', null, null],
    ]);
  });

  it('leaves an undecorated run whole, and lets the newer highlight win where two overlap', () => {
    expect(segmentRun('xyz', 0, [], [])).toEqual([{ text: 'xyz', start: 0, highlight: null, find: null }]);
    const segs = segmentRun('abcdef', 0, [hl(1, 0, 4), hl(2, 2, 6)], []);
    expect(segs.map((s) => [s.text, s.highlight?.id])).toEqual([
      ['ab', 1],
      ['cd', 2],
      ['ef', 2],
    ]);
  });

  it('places only anchored highlights', () => {
    const base = { color: 'blue' as const, comment: null, anchor: { position: { start: 5, end: 9 } } };
    const out = highlightDecorations([
      { ...base, id: 1, status: 'anchored' },
      { ...base, id: 2, status: 'orphaned' },
    ]);
    expect(out.map((d) => d.id)).toEqual([1]);
  });
});

describe('links in notes', () => {
  it('writes and recognises the core link syntax', () => {
    const link = docLinkSyntax(12, 'Caffery to the [Secretary] | State');
    expect(link).toBe('[[doc:12|Caffery to the Secretary State]]');
    expect(DOC_LINK.exec(link)?.[1]).toBe('12');
    expect(DOC_LINK.exec('see [[Leahy telegram]]')?.[3]).toBe('Leahy telegram');
  });

  it('finds the [[ being typed before the caret', () => {
    expect(openLinkAt('see [[Leah', 10)).toEqual({ start: 4, query: 'Leah' });
    expect(openLinkAt('see [[doc:1|X]] and', 19)).toBeNull();
  });
});

describe('workspace', () => {
  it('opens, swaps and closes panes', () => {
    let ws = openDoc(INITIAL_WORKSPACE, 1, 'active');
    ws = openDoc(ws, 2, 'other');
    expect(ws).toMatchObject({ panes: [1, 2], split: true, active: 0 });
    ws = swapPanes(ws);
    expect(ws).toMatchObject({ panes: [2, 1], active: 1 });
    ws = closePane(ws, 0);
    expect(ws).toMatchObject({ panes: [1, null], split: false, active: 0 });
    expect(cycleNotes(ws).notes).toBe('left');
  });

  it('reads a stored workspace defensively', () => {
    expect(parseWorkspace({ panes: [3, 'x'], split: true, active: 1, ratio: 5, notes: 'nowhere' })).toEqual({
      panes: [3, null],
      split: true,
      active: 1,
      ratio: 0.8,
      notes: 'right',
    });
    expect(parseWorkspace('garbage')).toEqual(INITIAL_WORKSPACE);
  });
});
