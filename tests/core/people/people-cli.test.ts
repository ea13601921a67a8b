import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import { createCore } from '../../../src-main/core/core';
import { tempDir } from '../../helpers/temp-dir';
import { RUSSIA, SUPP } from './people-helpers';

async function cli(lib: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--library', lib, ...args], (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function imported(): Promise<string> {
  const lib = tempDir();
  expect((await cli(lib, 'import', RUSSIA, SUPP)).code).toBe(0);
  return lib;
}

describe('the CLI\'s people commands', () => {
  it('people --json QUERY lists the people a name finds, with their documents by role', async () => {
    const lib = await imported();
    const { code, out } = await cli(lib, 'people', 'Balfour', '--json');
    expect(code).toBe(0);
    const people = JSON.parse(out) as Array<{ name: string; description: string; source: string; collections: string[]; mentioned: number }>;
    expect(people.map((p) => [p.name, p.collections, p.mentioned]).sort()).toEqual([
      ['Balfour, Arthur J.', ['frus1918Russiav03'], 0],
      ['Balfour, Arthur James', ['frus1917Supp02v01'], 3],
    ]);
  });

  it('person ID --json gives the entries and the documents as sender, recipient and mentioned', async () => {
    const lib = await imported();
    const [page] = JSON.parse((await cli(lib, 'people', 'Page, Walter Hines', '--json')).out) as Array<{ id: number }>;
    const { code, out } = await cli(lib, 'person', String(page?.id), '--json');
    expect(code).toBe(0);
    const person = JSON.parse(out) as { name: string; entries: Array<{ collection: string; xmlId: string }>; documents: Record<string, Array<{ title: string; date: string }>> };
    expect(person.name).toBe('Page, Walter Hines');
    expect(person.entries.map((e) => [e.collection, e.xmlId])).toEqual([['frus1918Russiav03', 'p_PW1'], ['frus1917Supp02v01', 'p_PWH1']]);
    expect(person.documents.sender?.map((d) => d.title)).toEqual(['The Ambassador in Great Britain (Page) to the Secretary of State']);
    expect(person.documents.recipient?.map((d) => [d.title, d.date])).toEqual([['The Secretary of State to the Ambassador in Great Britain (Page)', '1917-04-06']]);
    expect(person.documents.mentioned).toEqual([]);
  });

  it('show ID --json gains the people the document names', async () => {
    const lib = await imported();
    const core = createCore({ libraryDir: lib });
    const doc = core.repo.list().find((d) => d.title === 'The Secretary of State to the Ambassador in Great Britain (Page)');
    core.close();
    const shown = JSON.parse((await cli(lib, 'show', String(doc?.id), '--json')).out) as { people: Array<{ name: string; roles: string[]; count: number }> };
    expect(shown.people.map((p) => [p.name, p.roles, p.count])).toEqual([
      ['Lansing, Robert', ['sender', 'mentioned'], 1],
      ['Page, Walter Hines', ['recipient'], 0],
      ['Balfour, Arthur James', ['mentioned'], 2],
      // Linked into frus1918Russiav03's list, which is in the library too.
      ['Francis, David R.', ['mentioned'], 1],
    ]);
  });

  it('refuses a person ID that is not a number, and says which person is not there', async () => {
    const lib = await imported();
    expect(await cli(lib, 'person', 'Lansing')).toMatchObject({ code: 2, err: 'person: give a person ID, as `people` lists them (a number)' });
    const missing = await cli(lib, 'person', '99999');
    expect(missing.err).toBe('person: Person 99999 not found');
  });
});
