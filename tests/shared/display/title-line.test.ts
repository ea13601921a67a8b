import { describe, expect, it } from 'vitest';
import { numberPrefix, titleLineChars } from '../../../src-shared/display/title-line';

describe('the number shown before a title in a list', () => {
  it('prints the volume number before a title that lacks it', () => {
    expect(numberPrefix({ title: 'The Secretary of State to the Ambassador in Russia (Francis)', number: '12' })).toBe('12.');
  });

  it('does not print it twice when an old volume heads the title with "No. 12."', () => {
    expect(numberPrefix({ title: 'No. 12. Mr. Seat to Mr. Gresham', number: '12' })).toBeNull();
  });

  it('does not print it twice when a modern volume heads the title with its number ("1. Memorandum From …")', () => {
    const doc = { title: '1. Memorandum From the Director of Central Intelligence', number: '1' };
    expect(numberPrefix(doc)).toBeNull();
    expect(titleLineChars({ ...doc, parentId: null })).toBe(doc.title.length + 1);
  });

  it('still prints it when the title begins with a different number', () => {
    expect(numberPrefix({ title: '14 Points: The President to the Secretary of State', number: '3' })).toBe('3.');
  });
});
