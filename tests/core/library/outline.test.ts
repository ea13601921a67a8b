import { describe, expect, it } from 'vitest';
import type { DocSummary } from '../../../src-main/contract';
import { titleLineChars } from '../../../src-shared/display/title-line';
import { createCore } from '../../../src-main/core/core';
import { SEEDS, tempDir } from '../../helpers/temp-dir';
import { CORPUS } from '../search/corpus-library';

/** The outline as the full list of summaries would give it: the browse list must not change by being paged. */
function fromList(list: DocSummary[]) {
  const groupKey = (d: DocSummary): string => (d.collection ? `c:${d.collection.id}` : 'single');
  const byDate = list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.date === b.d.date ? a.d.title.localeCompare(b.d.title) : a.d.date === null ? 1 : b.d.date === null ? -1 : a.d.date < b.d.date ? -1 : 1))
    .map((x) => x.i);
  return {
    ids: list.map((d) => d.id),
    places: list.map((d) => `${groupKey(d)} / ${d.chapter.join(' / ')}`),
    parent: list.map((d) => d.parentId ?? 0),
    titleChars: list.map(titleLineChars),
    byDate,
  };
}

describe('the library outline for the browse list', () => {
  it('lays out volumes, chapters, enclosures and date order exactly as the full list does', async () => {
    const core = createCore({ libraryDir: tempDir() });
    await core.importPaths([SEEDS, CORPUS[0] ?? '', CORPUS[1] ?? '']);
    const list = core.repo.list();
    const outline = core.outline.get();
    const want = fromList(list);
    expect(outline.ids).toEqual(want.ids);
    expect(outline.path.map((p) => {
      const place = outline.paths[p];
      return `${outline.groups[place?.group ?? -1]?.key} / ${(place?.chapter ?? []).join(' / ')}`;
    })).toEqual(want.places);
    expect(outline.parent).toEqual(want.parent);
    expect(outline.titleChars).toEqual(want.titleChars);
    expect(outline.byDate).toEqual(want.byDate);
    // Volumes first, single documents (the seeds) last, titled as the list shows them.
    expect(outline.groups.map((g) => g.key)).toEqual(['c:frus1894Nicaragua', 'c:frus1918Russiav03', 'single']);
    expect(outline.groups[0]?.title).toBe(list[0]?.collection?.title);
    // The volumes' text outside documents is in the list as sections, counted apart ("… and 6 sections").
    expect(outline.sections).toBe(list.filter((d) => d.kind === 'section').length);
    expect(outline.sections).toBe(6);
    // A page of details, in the order asked.
    const page = outline.ids.slice(100, 110).reverse();
    expect(core.repo.summaries(page).map((s) => s.id)).toEqual(page);
    core.close();
  });

  it('follows the library: an import, a title edit and a deletion each give a new outline', async () => {
    const core = createCore({ libraryDir: tempDir() });
    await core.importPaths([SEEDS]);
    const first = core.outline.get();
    expect(core.outline.get()).toBe(first);
    await core.importPaths([CORPUS[0] ?? '']);
    const second = core.outline.get();
    expect(second.ids.length).toBeGreaterThan(first.ids.length);
    const id = second.ids[0] ?? 0;
    core.reading.metaEdits.edit(id, 'title', 'A much longer title than the one the volume printed for it');
    const third = core.outline.get();
    expect(third.titleChars[0]).toBe(titleLineChars({ title: 'A much longer title than the one the volume printed for it', number: core.repo.summaries([id])[0]?.number ?? null, parentId: null }));
    core.deletion.delete([id]);
    expect(core.outline.get().ids).not.toContain(id);
    core.close();
  });
});
