/**
 * People coverage on the editors' TEI: persons-list entries read vs present, and
 * persName corresp links resolved vs present. Run: npx tsx tests/bench/bench-people.ts [corpus dir]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPersonsList } from '../../src-main/core/importers/tei-persons';
import { resolveCorresp } from '../../src-shared/people/corresp';

const dir = process.argv[2] ?? '/work/shared/corpus';
for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml'))) {
  const xml = readFileSync(join(dir, file), 'utf8');
  const present = (xml.match(/<persName[^>]*xml:id="p_/g) ?? []).length;
  const started = performance.now();
  const { persons, warnings } = readPersonsList(xml);
  const ids = new Set(persons.map((p) => p.id));
  const corresps = [...xml.matchAll(/<persName[^>]*corresp="([^"]*)"/g)].map((m) => m[1] ?? '');
  const kinds = { local: 0, 'other-volume': 0, dangling: 0 };
  for (const raw of corresps) kinds[resolveCorresp(raw, ids).kind] += 1;
  const ms = (performance.now() - started).toFixed(0);
  console.log(`${file}: list ${persons.length}/${present} read, corresp ${corresps.length} present → `
    + `local ${kinds.local}, other-volume ${kinds['other-volume']}, dangling ${kinds.dangling}; `
    + `${warnings.length} warnings; ${ms} ms`);
}
