import { describe, expect, it } from 'vitest';
import { docLinkSyntax, linkAt, linksAsText, openLinkAt, parseLinks, titleKey } from '../../src-shared/notes/note-links';

describe('the note-link syntax', () => {
  it('reads a link by id, by title, and either with a label', () => {
    const body = 'See [[doc:12]], [[doc:12|Caffery, 3 Dec.]], [[Leahy telegram]] and [[ Leahy telegram | his wire ]].';
    expect(parseLinks(body).map(({ target, label }) => ({ target, label }))).toEqual([
      { target: { docId: 12 }, label: null },
      { target: { docId: 12 }, label: 'Caffery, 3 Dec.' },
      { target: { title: 'Leahy telegram' }, label: null },
      { target: { title: 'Leahy telegram' }, label: 'his wire' },
    ]);
    const [first] = parseLinks(body);
    expect(first && body.slice(first.start, first.end)).toBe('[[doc:12]]');
  });

  it('is not fooled by brackets, line breaks or an empty target', () => {
    expect(parseLinks('[[]] [[ ]] [[a\nb]] [[|label]] [x] [[x]')).toEqual([]);
    // A bracket before the link is text; a bar after the first belongs to the label.
    expect(parseLinks('[[[x]] [[a|b|c]]').map((l) => [l.target, l.label])).toEqual([[{ title: 'x' }, null], [{ title: 'a' }, 'b|c']]);
    expect(parseLinks('[[doc:12|]]')[0]?.label).toBeNull();
  });

  it('reads a link where a Markdown tokenizer stands, and nowhere else', () => {
    expect(linkAt('[[Title|label]] after')).toMatchObject({ start: 0, end: 15, target: { title: 'Title' }, label: 'label' });
    expect(linkAt('x [[Title]]')).toBeNull();
    expect(linkAt('x [[Title]]', 2)).toMatchObject({ start: 2, end: 11 });
  });

  it('shows a link as its label, else its title, else the document’s title', () => {
    const titles = (id: number): string | null => (id === 12 ? 'Caffery to Marshall' : null);
    expect(linksAsText('[[doc:12|Caffery]], [[doc:12]], [[doc:99]], [[Leahy|L.]], [[Leahy]].', titles)).toBe(
      'Caffery, Caffery to Marshall, Document 99, L., Leahy.',
    );
  });

  it('writes what it reads: the autocomplete’s link survives brackets and bars in a title', () => {
    const link = docLinkSyntax(12, 'Caffery to the [Secretary] | State');
    expect(link).toBe('[[doc:12|Caffery to the Secretary State]]');
    expect(parseLinks(link)).toEqual([{ start: 0, end: link.length, target: { docId: 12 }, label: 'Caffery to the Secretary State' }]);
  });

  it('finds the [[ being typed before the caret', () => {
    expect(openLinkAt('see [[Leah', 10)).toEqual({ start: 4, query: 'Leah' });
    expect(openLinkAt('see [[doc:1|X]] and', 19)).toBeNull();
  });

  it('compares titles without regard to case, diacritics or runs of spaces', () => {
    expect(titleKey('  The Ambassador in  FRANCE (Caffery) ')).toBe(titleKey('the ambassador in france (caffery)'));
    expect(titleKey('Mémorandum de Sète')).toBe('memorandum de sete');
  });
});
