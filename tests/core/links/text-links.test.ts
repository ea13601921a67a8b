import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src-main/core/core';
import { createCandidateLookup } from '../../../src-main/core/links/candidate-lookup';
import { findTextLinks, textLinkDoc, type TextLinkDoc } from '../../../src-main/core/links/text-links';
import { toShowJson } from '../../../src-main/cli/show-json';
import { buildDocumentView } from '../../../src-main/core/library/document-view';
import { REPO, SEEDS, tempDir } from '../../helpers/temp-dir';

const FIXTURES = join(REPO, 'tests/fixtures/text-refs');
const FIRST_SEED = join(SEEDS, '000_8ab097fc53f10806.txt');

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

async function library(paths: string[]): Promise<Core> {
  core = createCore({ libraryDir: tempDir() });
  const report = await core.importPaths(paths);
  expect(report.failed).toEqual([]);
  return core;
}

function idOf(c: Core, file: string): number {
  const hit = c.repo.list().find((d) => c.repo.get(d.id)?.sourceFile?.endsWith(file));
  if (!hit) throw new Error(`${file} not imported`);
  return hit.id;
}

/** The document as the finder takes it, with `show --json`'s text. */
function linkDoc(c: Core, id: number): TextLinkDoc {
  const stored = c.repo.get(id);
  if (!stored) throw new Error(`no document ${id}`);
  return textLinkDoc(stored);
}

describe('references in a plain-text FRUS copy (the first sample document)', () => {
  it('“my 5132, November 30” with its footnote marker glued on resolves to Caffery’s telegram 5132, not Marseille’s', async () => {
    const c = await library([FIRST_SEED, join(FIXTURES, 'caffery-5132.txt'), join(FIXTURES, 'caffery-5132-marseille.txt')]);
    const seed = idOf(c, '000_8ab097fc53f10806.txt');
    const links = findTextLinks(linkDoc(c, seed), createCandidateLookup(c.db));
    const link = links.find((l) => l.text.startsWith('my 5132'));
    expect(link).toMatchObject({ text: 'my 5132, November 30', basis: 'text', inFootnote: false, status: 'resolved' });
    expect(link?.targets).toEqual([{ id: idOf(c, 'caffery-5132.txt') }]);
    expect(link?.why).toContain('telegram 5132 from the Ambassador in France (Caffery) to Secretary of State, 1947-11-30');
    // Offsets are those of `show ID --json`'s text.
    const text = toShowJson(buildDocumentView(c.repo, seed)).text;
    expect(text.slice(link?.start, link?.end)).toBe('my 5132, November 30');
  });

  it('without the cited telegram in the library the reference is detected and says not found', async () => {
    const c = await library([FIRST_SEED]);
    const seed = idOf(c, '000_8ab097fc53f10806.txt');
    const links = findTextLinks(linkDoc(c, seed), createCandidateLookup(c.db));
    expect(links.map((l) => [l.text, l.status, l.targets])).toContainEqual(['my 5132, November 30', 'not-found', []]);
  });

  it('after the cited document is deleted, the same reference becomes not-found', async () => {
    const c = await library([FIRST_SEED, join(FIXTURES, 'caffery-5132.txt')]);
    const seed = idOf(c, '000_8ab097fc53f10806.txt');
    const cited = idOf(c, 'caffery-5132.txt');
    expect(findTextLinks(linkDoc(c, seed), createCandidateLookup(c.db)).find((l) => l.text.startsWith('my 5132'))?.status).toBe('resolved');
    c.deletion.delete([cited]);
    expect(findTextLinks(linkDoc(c, seed), createCandidateLookup(c.db)).find((l) => l.text.startsWith('my 5132'))?.status).toBe('not-found');
  });
});
