/** How the imported volumes fall into threads: a check that no hub joins unrelated conversations. */
import type { Core } from '../../src-main/core/core';

export function threadSizes(core: Core): void {
  const ids = core.db.prepare("SELECT id FROM documents WHERE coalesce(kind, '') <> 'section'").pluck().all() as number[];
  const seen = new Set<number>();
  const sizes: number[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    const members = core.threads.thread(id).entries.map((e) => e.id);
    for (const m of members) seen.add(m);
    sizes.push(members.length);
  }
  const threads = sizes.filter((n) => n > 1).sort((a, b) => b - a);
  const inThreads = threads.reduce((a, b) => a + b, 0);
  const median = threads[threads.length >> 1] ?? 0;
  console.log(
    `Threads over the volumes: ${threads.length} threads hold ${inThreads} of ${ids.length} documents (median ${median}, largest ${threads.slice(0, 5).join(', ')}); ${sizes.length - threads.length} documents stand alone`,
  );
}
