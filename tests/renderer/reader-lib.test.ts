import { describe, expect, it } from 'vitest';
import { highlightDecorations, segmentRun, type Decoration } from '../../src-renderer/src/lib/decorations';
import { closePane, cycleNotes, openDoc, parseWorkspace, swapPanes, INITIAL_WORKSPACE } from '../../src-renderer/src/lib/workspace';

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
