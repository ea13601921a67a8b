import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../src-main/core/importers/registry';
import { WarningLog } from '../../../src-main/core/importers/warnings';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('a file’s warning log', () => {
  it('counts a finding seen again instead of listing it twice, keeping where it was first found', () => {
    const log = new WarningLog('v.xml');
    for (const documentId of ['d1', 'd2', 'd3']) log.add({ code: 'unknown-element', key: 'zz', message: '<zz> unknown', documentId });
    log.add({ code: 'missing-link-target', key: 'd9', count: 4, message: 'to d9', documentId: 'd2' });
    expect(log.result()).toEqual({
      warnings: [
        { code: 'unknown-element', message: '<zz> unknown', where: { file: 'v.xml', documentId: 'd1' }, count: 3 },
        { code: 'missing-link-target', message: 'to d9', where: { file: 'v.xml', documentId: 'd2' }, count: 4 },
      ],
      more: 0,
    });
  });

  it('stops listing at its limit and counts the rest', () => {
    const log = new WarningLog('v.xml', 2);
    for (let i = 0; i < 10; i++) log.add({ code: 'duplicate-id', message: `id ${i}` });
    log.add({ code: 'missing-link-target', key: 'd9', count: 5, message: 'to d9' });
    const { warnings, more } = log.result();
    expect(warnings.map((w) => w.message)).toEqual(['id 0', 'id 1']);
    expect(more).toBe(8 + 5);
  });
});

describe('warnings of the text importers', () => {
  it('say what a Markdown file held that the library cannot: images, scripts', async () => {
    const md = '# Note\n\n![Map of the canal](canal.png) and ![a second](x.png)\n\n<script>alert(1)</script>\n\n- item ![in a list](y.png)\n';
    const { documents, warnings } = await importBytes('note.md', utf8(md));
    expect(documents).toHaveLength(1);
    expect(warnings.map((w) => [w.code, w.count, w.message])).toEqual(
      expect.arrayContaining([
        ['skipped-content', 3, 'an image is not imported (the library holds text only); its description is kept'],
        ['skipped-content', 1, 'a <script>, <style> or embedded object in the HTML is left out, with its content'],
      ]),
    );
  });

  it('count the characters a file had already lost to U+FFFD', async () => {
    const { warnings } = await importBytes('memo.txt', utf8('Memo\n\nCaf\uFFFD de la Paix, \uFFFDtat.\n'));
    expect(warnings).toEqual([expect.objectContaining({ code: 'replaced-characters', where: { file: 'memo.txt' }, count: 2 })]);
  });

  it('are none for a clean file', async () => {
    expect((await importBytes('clean.md', utf8('# Clean\n\nNothing odd here.\n'))).warnings).toEqual([]);
  });
});
