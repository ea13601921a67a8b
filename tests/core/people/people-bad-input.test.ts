import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';
import { docTitled, library, personNamed, SUPP } from './people-helpers';

function variant(edit: (xml: string) => string): string {
  const file = join(tempDir(), 'frus1917Supp02v01.xml');
  writeFileSync(file, edit(readFileSync(SUPP, 'utf8')));
  return file;
}

/** A volume whose persons list has `n` entries, and one document naming the first and the last. */
function hugeList(n: number): string {
  const items = Array.from({ length: n }, (_, i) => `<item><persName xml:id="p_X${i}">Person${i}, Given</persName>, Official number ${i}.</item>`);
  const xml = readFileSync(SUPP, 'utf8').replace(/<head>List of Persons<\/head>\s*<list type="persons">[\s\S]*?<\/list>/, `<head>List of Persons</head><list type="persons">\n${items.join('\n')}\n</list>`)
    .replace('<persName corresp="#p_BAJ1">Balfour</persName>', `<persName corresp="#p_X0">Person0</persName> and <persName corresp="#p_X${n - 1}">Person${n - 1}</persName>`);
  const file = join(tempDir(), 'frus-huge-list.xml');
  writeFileSync(file, xml);
  return file;
}

describe('bad person input', () => {
  it('warns of a name linked to an id the list lacks, keeps the name in the text, and invents nobody', async () => {
    const file = variant((xml) => xml.replace('<persName corresp="#p_BAJ1">Balfour</persName>', '<persName corresp="#p_NOPE9">Balfour</persName>'));
    const { core, report } = await library(file);
    const warnings = report.imported[0]?.warnings ?? [];
    expect(warnings.filter((w) => w.code === 'missing-person').map((w) => w.message)).toEqual([
      'the person "p_NOPE9" is named once but the volume\'s persons list does not include them: the name stays in the text, unlinked',
    ]);
    const doc = docTitled(core, 'The Ambassador in Great Britain (Page)');
    expect(core.repo.get(doc)?.plainText).toContain('Balfour expresses his deep satisfaction');
    expect(core.people.ofDocument(doc).map((p) => p.name)).toEqual(['Page, Walter Hines', 'Lansing, Robert']);
    expect(core.people.list({}).some((p) => p.name === 'Balfour' || p.description === '' && p.source === 'listed' && p.name === 'Balfour')).toBe(false);
    core.close();
  });

  it('warns of an id listed twice, keeps the first entry in the index and both in the text', async () => {
    const file = variant((xml) => xml.replace('<persName xml:id="p_SRCA1">', '<persName xml:id="p_PWH1">'));
    const { core, report } = await library(file);
    const warnings = report.imported[0]?.warnings ?? [];
    expect(warnings.find((w) => w.code === 'duplicate-person')?.message).toBe('the person id "p_PWH1" is listed twice in the volume\'s persons list: the first entry is kept');
    expect(personNamed(core, 'Page, Walter Hines').description).toBe('Ambassador in Great Britain');
    expect(core.people.list({}).some((p) => p.name.startsWith('Spring Rice, Sir'))).toBe(false);
    const section = core.repo.list().find((d) => d.title === 'List of Persons');
    expect(core.repo.get(section?.id ?? 0)?.plainText).toContain('Spring Rice, Sir Cecil Arthur, British Ambassador at Washington.');
    core.close();
  });

  it('warns of a corresp that is no person id at all', async () => {
    const file = variant((xml) => xml.replace('<persName corresp="#p_BAJ1">Balfour</persName>', '<persName corresp="Balfour">Balfour</persName>'));
    const { report } = await library(file);
    expect(report.imported[0]?.warnings.find((w) => w.code === 'missing-person')?.message).toBe(
      'a name is linked to "Balfour", which names no person of a persons list: the name stays in the text, unlinked',
    );
  });

  it('imports a persons list of 20,000 entries, losing none', async () => {
    const { core, report } = await library(hugeList(20_000));
    expect(report.failed).toEqual([]);
    const people = core.people.list({ limit: 5000, query: 'Person19999' });
    expect(people[0]).toMatchObject({ name: 'Person19999, Given', description: 'Official number 19999', mentioned: 1 });
    const count = core.db.prepare("SELECT COUNT(*) FROM person_entries WHERE source = 'listed' AND doc_id IS NOT NULL").pluck().get();
    expect(count).toBe(20_000);
    expect(core.search.search({ query: 'person:Person0' }).hits.map((h) => h.title)).toEqual(['The Ambassador in Great Britain (Page) to the Secretary of State']);
    core.close();
  }, 60_000);

  it('forgets the people of deleted documents (a cache of them), keeping those other documents name', async () => {
    const { core } = await library(SUPP);
    const jusserand = personNamed(core, 'Jusserand');
    const balfour = personNamed(core, 'Balfour, Arthur James');
    core.deletion.delete([docTitled(core, 'The French Ambassador (Jusserand)')]);
    expect(core.people.list({}).find((p) => p.id === jusserand.id)).toBeUndefined();
    const section = core.repo.list().find((d) => d.title === 'List of Persons');
    core.deletion.delete([section?.id ?? 0]);
    // The list is gone with its section: the names linked to it stay in the text, unlinked, as when a list lacks an id.
    // So are the correspondents joined to its entries by name. What remains is the link into another volume's list.
    expect(core.people.list({}).map((p) => [p.name, p.source])).toEqual([['Mr. Francis', 'listed']]);
    // Imported again, the list joins its names again: the same people as before.
    await core.importPaths([SUPP]);
    expect(core.people.list({}).find((p) => p.name === 'Balfour, Arthur James')).toMatchObject({ id: balfour.id, mentioned: 3 });
    core.close();
  });
});
