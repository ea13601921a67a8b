/** Shared helpers for the person index tests (not a test file itself). */
import { join } from 'node:path';
import { createCore, type Core } from '../../../src-main/core/core';
import type { ImportReport } from '../../../src-main/contract';
import { REPO, tempDir } from '../../helpers/temp-dir';

/** frus1918Russiav03's names list (88 entries) and documents 1–3, 11, 80 and 100, as the editors encoded them. */
export const RUSSIA = join(REPO, 'tests/fixtures/people/frus1918Russiav03-people-excerpt.xml');
/** A small volume with a `<list type="persons">`, linked and unlinked correspondents and a link into frus1918Russiav03. */
export const SUPP = join(REPO, 'tests/fixtures/people/frus1917Supp02v01-persons-sample.xml');

export async function library(...files: string[]): Promise<{ core: Core; report: ImportReport; dir: string }> {
  const dir = tempDir();
  const core = createCore({ libraryDir: dir });
  const report = await core.importPaths(files);
  return { core, report, dir };
}

/** The one person the index lists under `name` (as printed), or a failure naming who is there. */
export function personNamed(core: Core, name: string) {
  const all = core.people.list({});
  const found = all.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`${found.length} persons named ${name}: ${all.map((p) => p.name).join('; ')}`);
  return found[0] as (typeof found)[number];
}

/** The document whose title includes `title`. */
export function docTitled(core: Core, title: string): number {
  const doc = core.repo.list().find((d) => d.title.includes(title));
  if (!doc) throw new Error(`no document titled ${title}`);
  return doc.id;
}

/** The document of the volume printed as number `n`. */
export function docNumbered(core: Core, n: string): number {
  const doc = core.repo.list().find((d) => d.number === n);
  if (!doc) throw new Error(`no document ${n}`);
  return doc.id;
}
