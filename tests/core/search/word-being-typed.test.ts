import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src-main/core/core';
import { tempDir } from '../../helpers/temp-dir';
import { SEARCH_MODES } from './corpus-library';

/**
 * The last word of a query, unless a space follows it, is a word being typed:
 * it finds the words starting as typed, and its own forms. FTS5's `"adding"*`
 * starts from the stem (`ad`) and so found `address` and `administration`.
 */
const FILES = {
  'adding.txt': 'The note was translated, adding that the Minister agreed.\n',
  'address.txt': 'The note was translated and sent to the address given by the Administration.\n',
  'government.txt': 'The Government translated the reply at once.\n',
  'conferring.txt': 'The reply was translated while conferring on the closing of the port and the disability of the consul.\n',
};

async function library(dir: string, termsFrom: number): Promise<Core> {
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  const core = createCore({ libraryDir: join(dir, 'lib'), termsFrom });
  expect((await core.importPaths(Object.keys(FILES).map((f) => join(dir, f)))).failed).toEqual([]);
  return core;
}

/** The files found (by name, sorted) and the words each first snippet highlights. */
function found(core: Core, query: string): { files: string[]; marked: string[][] } {
  const hits = core.search.search({ query, limit: 10, scope: 'documents' }).hits.filter((h) => h.hit === 'document');
  const name = (id: number): string => (core.repo.get(id)?.sourceFile ?? '').split('/').pop() ?? '';
  const rows = hits.map((h) => ({ file: name(h.id), marked: 'snippet' in h ? h.snippet.highlights.map(([s, e]) => h.snippet.text.slice(s, e)) : [] }));
  rows.sort((a, b) => a.file.localeCompare(b.file));
  return { files: rows.map((r) => r.file), marked: rows.map((r) => r.marked) };
}

const CASES: Array<[query: string, files: string[], marked: string[][]]> = [
  ['translated adding', ['adding.txt'], [['translated', 'adding']]],
  ['translated addin', ['adding.txt'], [['translated', 'adding']]],
  // A space after the word: its stem's forms only, as before.
  ['translated adding ', ['adding.txt'], [['translated', 'adding']]],
  ['translated governmen', ['government.txt'], [['Government', 'translated']]],
  ['translated addre', ['address.txt'], [['translated', 'address']]],
  ['translated adm', ['address.txt'], [['translated', 'Administration']]],
  // Typed up to where Porter repairs the stem: conferring is `confer`, closing `close`, disability `disabl`;
  // no stem starts with `conferr`, `closin` or `disabil`, so the words they are heading for must be completed.
  ['translated conferr', ['conferring.txt'], [['translated', 'conferring']]],
  ['translated closin', ['conferring.txt'], [['translated', 'closing']]],
  ['translated disabil', ['conferring.txt'], [['translated', 'disability']]],
];

describe('the word being typed', () => {
  const cases = SEARCH_MODES.flatMap(({ mode, termsFrom }) => CASES.map(([query, files, marked]) => ({ query, files, marked, mode, termsFrom })));
  it.each(cases)('"$query" finds the documents holding a word starting so, and marks it ($mode)', async ({ query, files, marked, termsFrom }) => {
    const core = await library(tempDir(), termsFrom);
    try {
      expect(found(core, query)).toEqual({ files, marked });
    } finally {
      core.close();
    }
  });

  it.each(SEARCH_MODES)('the inspector counts the stems the word stands for, not those of its stem ($mode)', async ({ termsFrom }) => {
    const core = await library(tempDir(), termsFrom);
    try {
      const chip = core.inspector.inspect({ query: 'translated adding' }).terms.find((t) => t.typed === 'adding');
      expect(chip).toMatchObject({ kind: 'prefix', docs: 1, expands: 1 });
    } finally {
      core.close();
    }
  });
});
