import { describe, expect, it } from 'vitest';
import type { InspectedTerm } from '../../src-main/contract';
import { becameOf, termSentence } from '../../src-renderer/src/lib/inspection-text';

describe('what the inspector says of a word being typed', () => {
  const adding: InspectedTerm = { kind: 'prefix', typed: 'adding', searched: 'adding*', expands: 1, docs: 4, joined: 'and', excluded: false, broader: { forms: ['added', 'adds'] } } as InspectedTerm;

  it('names the start as typed and the forms of its stem, not the stem as a start', () => {
    expect(termSentence(adding)).toBe('“adding…” as typed: every word starting “adding”, and forms of it such as added, adds (1 indexed word) — 4 documents.');
  });

  it('puts no arrow on its chip: it is searched as typed', () => {
    expect(becameOf(adding)).toBeNull();
    expect(becameOf({ ...adding, kind: 'word', typed: 'containment', searched: 'contain' } as InspectedTerm)).toBe('contain');
  });
});
