import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';
import { docNumbered, docTitled, library, personNamed, RUSSIA, SUPP } from './people-helpers';

describe('the persons lists of the volumes', () => {
  it('reads all 88 entries of frus1918Russiav03\'s names list, with their descriptions, even after a page break', async () => {
    const { core } = await library(RUSSIA);
    const listed = core.people.list({ collection: 'frus1918Russiav03' }).filter((p) => p.source === 'listed');
    expect(listed).toHaveLength(88);
    expect(personNamed(core, 'Baker, Newton D.')).toMatchObject({ description: 'Secretary of War', collections: ['frus1918Russiav03'] });
    // Both follow a <pb/> between items.
    expect(personNamed(core, 'Knox, Maj. Gen. Alfred W. F.').description).toBe('in command of the British forces in Siberia');
    expect(personNamed(core, 'Robins, Lieut. Col. Raymond').description).toMatch(/^from December 1917 to May 1918 in charge of the American Red Cross/);
    core.close();
  });

  it('reads a <list type="persons"> the same way, names printed in bold', async () => {
    const { core } = await library(SUPP);
    const listed = core.people.list({}).filter((p) => p.source === 'listed' && p.collections.includes('frus1917Supp02v01'));
    expect(listed.map((p) => p.name)).toContain('Spring Rice, Sir Cecil Arthur');
    expect(personNamed(core, 'Balfour, Arthur James').description).toBe('British Secretary of State for Foreign Affairs');
    core.close();
  });
});

describe('names linked to a persons list (corresp)', () => {
  it('counts a person\'s mentions in the text and the footnotes, and gives the reader the link targets', async () => {
    const { core } = await library(RUSSIA);
    const doc = docNumbered(core, '80');
    const lindley = core.people.ofDocument(doc).find((p) => p.name === 'Lindley, Francis O.');
    expect(lindley).toMatchObject({ roles: ['mentioned'], targets: ['#p_LFO1'] });
    expect(lindley?.count).toBeGreaterThanOrEqual(2);
    core.close();
  });

  it('takes sender and recipient from the heading\'s linked names, and "the Secretary of State" as the one the list gives that office', async () => {
    const { core } = await library(RUSSIA);
    const francis = core.people.get(personNamed(core, 'Francis, David R.').id);
    const first = francis.documents[0];
    expect(first).toMatchObject({ title: 'The Secretary of State to the Ambassador in Russia (Francis)', date: '1917-04-03T18:00', roles: ['recipient'] });
    expect(francis.documents.find((d) => d.number === '2')?.roles).toContain('sender');
    expect(francis.documents.find((d) => d.number === '2')?.roles).not.toContain('recipient');
    expect(francis.years.map((y) => y.year)).toEqual([1917, 1918]);
    const lansing = personNamed(core, 'Lansing, Robert');
    expect(lansing.sent).toBeGreaterThanOrEqual(2);
    expect(lansing.received).toBeGreaterThanOrEqual(2);
    core.close();
  });

  it('keeps a link into another volume\'s list as that volume\'s entry, and fills it in when the volume comes', async () => {
    const { core } = await library(SUPP);
    const before = personNamed(core, 'Mr. Francis');
    expect(core.people.get(before.id).entries).toEqual([
      { collection: 'frus1918Russiav03', xmlId: 'p_FDR1', name: 'Mr. Francis', description: '', source: 'listed', mergedByUser: false, listed: false },
    ]);
    await core.importPaths([RUSSIA]);
    const after = core.people.get(before.id);
    expect(after).toMatchObject({ name: 'Francis, David R.', description: 'Ambassador in Russia' });
    expect(after.entries[0]?.listed).toBe(true);
    // The supplement's mention and the Russia volume's telegrams are one person's.
    expect(after.documents.some((d) => d.collection === 'frus1917Supp02v01' && d.roles.includes('mentioned'))).toBe(true);
    expect(after.documents.some((d) => d.collection === 'frus1918Russiav03' && d.roles.includes('sender'))).toBe(true);
    core.close();
  });

  it('makes no link of the resolver\'s out of a person link (no "broken link" for #p_…)', async () => {
    const { core } = await library(SUPP);
    const doc = docTitled(core, 'Ambassador in Great Britain (Page)');
    const refs = core.links.views.refs(doc);
    expect(refs.filter((r) => /p_/.test(r.targetRef ?? ''))).toEqual([]);
    core.close();
  });
});

describe('correspondents the editors did not link', () => {
  it('joins a printed name to the one listed person it fits, and marks the rest inferred with their role', async () => {
    const { core } = await library(SUPP);
    const page = personNamed(core, 'Page, Walter Hines');
    expect(page).toMatchObject({ sent: 1, received: 1 });
    expect(personNamed(core, 'Spring Rice, Sir Cecil Arthur').sent).toBe(1);
    expect(personNamed(core, 'Jusserand')).toMatchObject({ source: 'inferred', description: 'French Ambassador', sent: 1 });
    core.close();
  });

  it('lets the editors\' id win over the printed name', async () => {
    const file = join(tempDir(), 'frus1917Supp02v01.xml');
    // Document 2's sender printed "Page" but linked by the editors to Spring Rice.
    writeFileSync(file, readFileSync(SUPP, 'utf8').replace('(<persName type="from">Page</persName>)', '(<persName type="from" corresp="#p_SRCA1">Page</persName>)'));
    const { core } = await library(file);
    expect(personNamed(core, 'Page, Walter Hines').sent).toBe(0);
    expect(personNamed(core, 'Spring Rice, Sir Cecil Arthur').sent).toBe(2);
    core.close();
  });
});

describe('a name the editors linked in a heading without saying sender or recipient', () => {
  it('takes the party as the heading prints it and the person from the editors\' link', async () => {
    const file = join(tempDir(), 'frus1917Supp02v01.xml');
    // "The British Ambassador (<persName corresp>Spring Rice</persName>) to …": no type="from", linked here to Balfour.
    writeFileSync(file, readFileSync(SUPP, 'utf8').replace('(<persName type="from">Spring Rice</persName>)', '(<persName corresp="#p_BAJ1">Spring Rice</persName>)'));
    const { core } = await library(file);
    expect(personNamed(core, 'Balfour, Arthur James').sent).toBe(1);
    expect(personNamed(core, 'Spring Rice, Sir Cecil Arthur').sent).toBe(0);
    core.close();
  });
});

describe('one person across volumes', () => {
  it('joins two lists\' entries with the same full name, and keeps apart names that merely share a surname', async () => {
    const { core } = await library(RUSSIA, SUPP, join(tempDir(), 'none.xml'));
    const lansing = personNamed(core, 'Lansing, Robert');
    expect(lansing.collections).toEqual(['frus1917Supp02v01', 'frus1918Russiav03']);
    expect(core.people.get(lansing.id).entries.map((e) => e.collection)).toEqual(['frus1918Russiav03', 'frus1917Supp02v01']);
    // "Balfour, Arthur J." and "Balfour, Arthur James": not the same name, so two entries until a user merges them.
    expect(core.people.list({ query: 'Balfour' }).map((p) => p.name).sort()).toEqual(['Balfour, Arthur J.', 'Balfour, Arthur James']);
    core.close();
  });

  it('keeps the inferred "Baker" of the 1894 Nicaragua volume apart from "Baker, Newton D."', async () => {
    const { core } = await library(RUSSIA, join(__dirname, '../../fixtures/corpus/frus1894Nicaragua.xml'));
    const bakers = core.people.list({ query: 'Baker' });
    expect(bakers.map((p) => [p.name, p.source])).toEqual(expect.arrayContaining([['Baker, Newton D.', 'listed'], ['Baker', 'inferred']]));
    expect(personNamed(core, 'Baker').collections).toEqual(['frus1894Nicaragua']);
    core.close();
  });
});

describe('merging and splitting people', () => {
  it('merges two entries into one person, and a split gives both back as they were', async () => {
    const { core } = await library(RUSSIA, SUPP);
    const j = personNamed(core, 'Balfour, Arthur J.');
    const james = personNamed(core, 'Balfour, Arthur James');
    const merged = core.people.merge(j.id, james.id);
    expect(merged.entries.map((e) => [e.collection, e.xmlId, e.mergedByUser])).toEqual([
      ['frus1918Russiav03', 'p_BAJ1', false], ['frus1917Supp02v01', 'p_BAJ1', true],
    ]);
    expect(merged.mentioned).toBe(j.mentioned + james.mentioned);
    expect(core.people.list({ query: 'Balfour' }).map((p) => p.id)).toEqual([j.id]);
    expect(core.people.get(james.id).mergedInto).toBe(j.id);

    const split = core.people.split(j.id);
    expect(split.map((p) => [p.id, p.name, p.mentioned])).toEqual([[j.id, j.name, j.mentioned], [james.id, james.name, james.mentioned]]);
    expect(core.people.get(james.id).mergedInto).toBeUndefined();
    core.close();
  });

  it('keeps a merge across a re-import of the volumes', async () => {
    const { core } = await library(RUSSIA, SUPP);
    const j = personNamed(core, 'Balfour, Arthur J.');
    const james = personNamed(core, 'Balfour, Arthur James');
    core.people.merge(j.id, james.id);
    await core.importPaths([RUSSIA, SUPP]);
    expect(core.people.list({ query: 'Balfour' }).map((p) => p.id)).toEqual([j.id]);
    core.close();
  });
});

describe('the people list’s counts', () => {
  it('are kept between calls, and follow a deleted document and a merge (the counts behind the list read every row)', async () => {
    const { core } = await library(RUSSIA);
    const francis = personNamed(core, 'Francis, David R.');
    const before = personNamed(core, 'Francis, David R.').sent;
    expect(before).toBeGreaterThan(0);
    const sent = core.people.get(francis.id).documents.find((d) => d.roles.includes('sender'));
    core.deletion.delete([sent?.id ?? 0]);
    expect(personNamed(core, 'Francis, David R.').sent).toBe(before - 1);
    const lindley = personNamed(core, 'Lindley, Francis O.');
    core.people.merge(francis.id, lindley.id);
    // The person page counts afresh: the list must agree with it after the merge.
    const page = core.people.get(francis.id).documents;
    const merged = core.people.list({}).find((p) => p.id === francis.id);
    expect(merged?.mentioned).toBe(page.filter((d) => d.roles.includes('mentioned')).length);
    expect(merged?.mentioned).toBeGreaterThan(0);
    expect(core.people.list({}).some((p) => p.id === lindley.id)).toBe(false);
    core.close();
  });
});
