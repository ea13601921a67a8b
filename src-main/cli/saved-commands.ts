import { writeFileSync } from 'node:fs';
import { ChanceryError } from '../contract';
import type { CliCall } from './cli-call';

type Out = (line: string) => void;

export const SAVED_USAGE = `  sets [--json]                working sets: name, documents when frozen, documents left, date, the search frozen
  sets freeze NAME "QUERY"     freeze every document the query matches as the working set NAME (search it with set:"NAME")
  searches [--json]            saved searches
  log [--json]                 the research log (searches and exports, when it is on)
  log on|off                   turn the research log on or off (kept in the library)
  log export [--out FILE]      the research log as a Markdown method appendix (stdout without --out)`;

const usage = (message: string): ChanceryError => new ChanceryError('invalid-argument', `${message}\n${SAVED_USAGE}`);

/** `sets [--json]`, `sets freeze NAME "QUERY"`. */
export async function runSets(call: CliCall, rest: string[], flags: { json?: boolean }, out: Out): Promise<number> {
  const [sub, name, ...query] = rest;
  if (sub === 'freeze') {
    if (!name?.trim()) throw usage('sets freeze: NAME is missing');
    const set = await call('sets.freeze', { name, search: { query: query.join(' ') } });
    out(`froze ${set.frozenCount} document(s) as "${set.name}"`);
    return 0;
  }
  if (sub !== undefined) throw usage(`unknown sets command "${sub}"`);
  const sets = await call('sets.list', {});
  if (flags.json) out(JSON.stringify(sets, null, 2));
  else for (const s of sets) out(`${s.name}  ${s.left === s.frozenCount ? `${s.frozenCount}` : `${s.left} of ${s.frozenCount} left`} document(s)  frozen ${s.createdAt.slice(0, 10)}  ${s.search.query}`);
  return 0;
}

/** `searches [--json]`. */
export async function runSearches(call: CliCall, flags: { json?: boolean }, out: Out): Promise<number> {
  const all = await call('saved.searches.list', {});
  if (flags.json) out(JSON.stringify(all, null, 2));
  else for (const s of all) out(`${s.name}  ${s.search.query}`);
  return 0;
}

/** `log [--json]`, `log on|off`, `log export [--out FILE]`. */
export async function runLog(call: CliCall, rest: string[], flags: { json?: boolean; out?: string }, out: Out): Promise<number> {
  const [sub] = rest;
  if (sub === 'on' || sub === 'off') {
    const s = await call('researchLog.setOn', { on: sub === 'on' });
    out(`research log ${s.on ? 'on' : 'off'} (${s.entries} entries)`);
    return 0;
  }
  if (sub === 'export') {
    const file = await call('researchLog.export', {});
    if (!flags.out) {
      out(file.content.replace(/\n$/, ''));
      return 0;
    }
    writeFileSync(flags.out, file.content);
    out(`exported the research log to ${flags.out}`);
    return 0;
  }
  if (sub !== undefined) throw usage(`unknown log command "${sub}"`);
  const entries = await call('researchLog.list', {});
  if (flags.json) out(JSON.stringify(entries, null, 2));
  else for (const e of entries) out(e.kind === 'search' ? `${e.at}  search  ${e.query}  ${e.filters.join('; ')}  ${e.count}` : `${e.at}  export  ${e.what}  ${e.format}  ${e.fileName}`);
  return 0;
}
