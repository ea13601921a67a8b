import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { runCli } from '../../../src-main/cli/run-cli';
import { REPO, tempDir } from '../../helpers/temp-dir';

const SAMPLE = join(REPO, 'tests/fixtures/excerpts/frus-terms-sample.xml');

async function imported(file: string) {
  const core = createCore({ libraryDir: tempDir() });
  const report = await core.importPaths([file]);
  return { core, report };
}

describe('terms and abbreviations of a FRUS volume', () => {
  it('reads every entry of the terms list into the glossary, with what each stands for and how many documents cite it', async () => {
    const { core } = await imported(SAMPLE);
    const glossary = core.terms.glossary('frus1969-76sample');
    expect(glossary.map((g) => g.term)).toEqual(['ACDA', 'EXDIS', 'MBFR', 'NODIS', 'NSC', 'PRC', 'S/S', 'SALT']);
    expect(glossary.find((g) => g.id === 't_NODIS1')).toMatchObject({ term: 'NODIS', expansion: 'No Distribution (other than to persons indicated)', documents: 1 });
    expect(glossary.find((g) => g.id === 't_PRC1')?.expansion).toBe('People’s Republic of China');
    expect(glossary.find((g) => g.id === 't_SALT1')?.documents).toBe(1);
    expect(core.terms.glossary(null)).toHaveLength(8);
    core.close();
  });

  it('explains the terms a document cites, in its text and its source note, keeping the words as printed', async () => {
    const { core } = await imported(SAMPLE);
    const doc = core.repo.list().find((d) => d.title.includes('Memorandum From the Director'));
    if (!doc) throw new Error('document 1 not imported');
    const terms = core.terms.ofDocument(doc.id);
    expect(terms.map((t) => [t.term, t.count])).toEqual([['ACDA', 1], ['MBFR', 1], ['NODIS', 1], ['NSC', 1], ['SALT', 2]]);
    expect(core.repo.get(doc.id)?.plainText).toContain('The ACDA delegation to the SALT talks');
    core.close();
  });

  it('gives the terms in show --json', async () => {
    const lib = tempDir();
    const lines: string[] = [];
    expect(await runCli(['--library', lib, 'import', SAMPLE], () => undefined, () => undefined)).toBe(0);
    const core = createCore({ libraryDir: lib });
    const id = core.repo.list().find((d) => d.title.includes('Memorandum of Conversation'))?.id;
    core.close();
    expect(await runCli(['--library', lib, 'show', String(id), '--json'], (l) => lines.push(l), () => undefined)).toBe(0);
    const shown = JSON.parse(lines.join('\n')) as { terms: unknown[]; place: string };
    expect(shown.place).toBe('Peking');
    expect(shown.terms).toEqual([
      { id: 't_EXDIS1', term: 'EXDIS', expansion: 'Exclusive Distribution (extremely limited distribution)', count: 1 },
      { id: 't_PRC1', term: 'PRC', expansion: 'People’s Republic of China', count: 1 },
      { id: 't_SS1', term: 'S/S', expansion: 'Executive Secretariat, Department of State', count: 1 },
    ]);
  });

  it('warns of a term id defined twice and of a term cited but never defined, losing no text', async () => {
    const bad = join(tempDir(), 'frus-bad-terms.xml');
    const xml = readFileSync(SAMPLE, 'utf8')
      .replace('<term xml:id="t_SALT1">SALT</term>', '<term xml:id="t_NSC1">SALT</term>')
      .replace('<gloss target="#t_PRC1">PRC</gloss>', '<gloss target="#t_PRC9">PRC</gloss>');
    writeFileSync(bad, xml);
    const { core, report } = await imported(bad);
    const warnings = report.imported[0]?.warnings ?? [];
    expect(warnings.find((w) => w.code === 'duplicate-term')?.message).toMatch(/"t_NSC1" is defined twice/);
    const missing = warnings.filter((w) => w.code === 'missing-term').map((w) => w.message);
    // SALT's entry now carries NSC's id, so SALT's own id is defined nowhere either.
    expect(missing).toEqual([expect.stringMatching(/"t_SALT1" is cited 2 times/), expect.stringMatching(/"t_PRC9" is cited once/)]);
    // The first definition is kept; the text of both entries and of the citation stays.
    expect(core.terms.glossary(null).find((g) => g.id === 't_NSC1')?.term).toBe('NSC');
    const memo = core.repo.list().find((d) => d.title.includes('Memorandum of Conversation'));
    expect(core.terms.ofDocument(memo?.id ?? 0).find((t) => t.id === 't_PRC9')).toEqual({ id: 't_PRC9', term: null, expansion: null, count: 1 });
    expect(core.repo.get(memo?.id ?? 0)?.plainText).toContain('the PRC would publish');
    core.close();
  });

  it('finds no terms in the corpus volumes, which have no terms list (their glosses name correspondents)', async () => {
    const { core } = await imported(join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml'));
    expect(core.terms.glossary(null)).toEqual([]);
    core.close();
  });
});
