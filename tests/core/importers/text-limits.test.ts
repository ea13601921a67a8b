import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src-main/core/importers/importer';
import { importBytes } from '../../../src-main/core/importers/registry';
import { inlineText } from '../../../src-shared/text/plain-text';
import type { Block } from '../../../src-shared/model/document';

/** Nesting and size limits of the text and Markdown importers, checked before any parser runs. */
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function failure(name: string, text: string): Promise<ImportError> {
  try {
    await importBytes(name, utf8(text));
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('expected an ImportError');
}

async function blocks(name: string, text: string): Promise<Block[]> {
  return (await importBytes(name, utf8(text))).documents[0]?.body.blocks ?? [];
}

const nestedList = (levels: number): string => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- item\n`).join('');
const DEEP = 'letter.md, line 33: lists or quotes nested more than 32 deep';

describe('Markdown nesting limit', () => {
  it('refuses lists nested 1,000 deep, naming the first line past the limit', async () => {
    expect((await failure('letter.md', nestedList(1000))).message).toBe(DEEP);
  });

  it('accepts lists nested 32 deep, and many of them', async () => {
    const list = (await blocks('letter.md', `# Title\n\n${nestedList(32).repeat(20)}`))[0];
    expect(list?.t === 'list' && list.items).toHaveLength(640);
  });

  it('refuses block quotes and list markers nested 10,000 deep on one line', async () => {
    expect((await failure('q.md', `${'> '.repeat(10_000)}x\n`)).message).toBe('q.md, line 1: lists or quotes nested more than 32 deep');
    expect((await failure('l.md', `${'- '.repeat(10_000)}x\n`)).message).toBe('l.md, line 1: lists or quotes nested more than 32 deep');
  });

  it('refuses lists nested deep inside a block quote, and quotes inside lists', async () => {
    const quoted = Array.from({ length: 100 }, (_, i) => `> ${'  '.repeat(i)}- item\n`).join('');
    expect((await failure('letter.md', quoted)).message).toBe('letter.md, line 32: lists or quotes nested more than 32 deep');
    const mixed = Array.from({ length: 40 }, (_, i) => `${'  > '.repeat(i)}- item\n`).join('');
    expect((await failure('m.md', mixed)).message).toMatch(/^m\.md, line \d+: lists or quotes nested more than 32 deep$/);
  });

  it('refuses emphasis nested 10,000 deep (it overflowed the stack)', async () => {
    const stars = `${'*'.repeat(10_000)}x${'*'.repeat(10_000)}\n`;
    expect((await failure('e.md', stars)).message).toBe('e.md, line 1: emphasis markers (*, _ or ~) nested more than 32 deep');
    const spaced = `${'*a '.repeat(10_000)}x${' b*'.repeat(10_000)}\n`;
    expect((await failure('e.md', spaced)).message).toBe('e.md, line 1: emphasis markers (*, _ or ~) nested more than 32 deep');
  });

  it('applies to CVCE Markdown saved as .txt too', async () => {
    expect((await failure('cvce.txt', `**Source:** x\n\n${nestedList(40)}`)).message).toBe('cvce.txt, line 35: lists or quotes nested more than 32 deep');
  });

  it('does not count what only looks like nesting in a letter', async () => {
    const letter = [
      '# A letter', '', 'Signed: ____________________', '', '* * *', '', '- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -',
      '', 'file_name_with_many_parts_and_more_parts_and_more_parts_and_more_parts_x', '',
      `${' '.repeat(80)}John Smith`, '', '**Bold** and *italic* and ~~struck~~ '.repeat(50),
    ].join('\n');
    expect((await blocks('letter.md', letter)).length).toBeGreaterThan(3);
  });

  it('keeps the text of HTML tags nested 10,000 deep without overflowing the stack', async () => {
    const [para] = await blocks('h.md', `# T\n\n${'<i>'.repeat(10_000)}deep${'</i>'.repeat(10_000)}\n`);
    expect(para?.t === 'paragraph' && para.runs).toEqual([{ t: 'text', text: 'deep', marks: ['italic'] }]);
  });
});

describe('size limits of a line and a paragraph', () => {
  it('refuses a line over 1 MB in a text file and in a Markdown file', async () => {
    const line = `Title\n\n${'word '.repeat(220_000)}\n`;
    for (const name of ['big.txt', 'big.md']) {
      expect((await failure(name, line)).message).toBe(
        `${name}, line 3: this line is longer than 1 MB (1,100,000 characters without a line break); split it into paragraphs`,
      );
    }
  });

  it('refuses a paragraph over 1 MB, naming the line it starts on', async () => {
    const text = `Title\n\nFirst.\n\n${'A short line of a very long paragraph.\n'.repeat(30_000)}`;
    expect((await failure('big.txt', text)).message).toBe(
      'big.txt, line 5: the paragraph starting on this line is longer than 1 MB without a blank line; split it into paragraphs',
    );
  });

  it('accepts long files of ordinary paragraphs', async () => {
    const text = `Title\n\n${'A paragraph of an ordinary letter, of ordinary length.\n\n'.repeat(40_000)}`;
    const body = await blocks('long.txt', text);
    expect(body).toHaveLength(40_000);
    expect(body[0]?.t === 'paragraph' && inlineText(body[0].runs)).toBe('A paragraph of an ordinary letter, of ordinary length.');
  });
});
