import { describe, expect, it } from 'vitest';
import { resolveCorresp } from '../../../src-shared/people/corresp';

const listed = new Set(['p_SJF1', 'p_BND1']);

describe('resolveCorresp', () => {
  it('links a local corresp to the listed person', () => {
    expect(resolveCorresp('#p_SJF1', listed)).toEqual({ kind: 'local', id: 'p_SJF1' });
  });
  it('keeps a cross-volume corresp with its volume', () => {
    expect(resolveCorresp('frus1917Supp02v01#p_BAJ1', listed))
      .toEqual({ kind: 'other-volume', volume: 'frus1917Supp02v01', id: 'p_BAJ1' });
  });
  it('marks a corresp pointing nowhere as dangling instead of inventing a person', () => {
    expect(resolveCorresp('#p_NOPE9', listed)).toEqual({ kind: 'dangling', raw: '#p_NOPE9' });
    expect(resolveCorresp('p_SJF1', listed)).toEqual({ kind: 'dangling', raw: 'p_SJF1' });
  });
});
