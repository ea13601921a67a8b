import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { tempDir } from '../../helpers/temp-dir';
import { SEARCH_MODES } from './corpus-library';

/**
 * A word in half the documents or more (`and`) gives no title weight, as
 * FTS5's BM25 gives it none in the text: its titles are not even looked for
 * (finding the few titles holding `and` walked its whole doclist, 66 ms at
 * 300,000 documents, at the first query with it).
 */
const FILES = {
  'cables.txt': 'Cables and Notes\n\nThe treaty was signed and sealed.\n',
  'report.txt': 'Report on the Conference\n\nThe treaty was signed and sealed, and the treaty was printed with the treaty annexes.\n',
  'minutes.txt': 'Minutes of a Meeting\n\nThe delegates met and parted.\n',
  'letter.txt': 'Letter to the Legation\n\nThe Minister called and left.\n',
  'note.txt': 'Note Verbale\n\nThe Embassy presents its compliments and asks for a reply.\n',
  'diary.txt': 'Diary of the Ambassador\n\nRain in the morning and a dinner at night.\n',
};

describe.each(SEARCH_MODES)('a common word in a title ($mode)', ({ termsFrom }) => {
  it('is not looked for in the titles, and a rarer word in a title still counts', async () => {
    const dir = tempDir();
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
    const core = createCore({ libraryDir: join(dir, 'lib'), termsFrom });
    try {
      expect((await core.importPaths(Object.keys(FILES).map((f) => join(dir, f)))).failed).toEqual([]);
      const titles = (query: string): string[] => core.search.search({ query, scope: 'documents' }).hits.map((h) => h.title);
      const looked = vi.spyOn(core.index, 'titleWord');
      expect(titles('treaty and ')).toEqual(['Report on the Conference', 'Cables and Notes']);
      expect(looked.mock.calls.map(([word]) => word)).toEqual(['treaty']);
      // A rarer word in a title still counts.
      expect(titles('treaty notes ')).toEqual(['Cables and Notes']);
      expect(titles('treaty ')[0]).toBe('Report on the Conference');
    } finally {
      core.close();
    }
  });
});
