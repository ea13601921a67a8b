import type { DocStore } from '../search/doc-store';
import { dateWindow } from './date-window';
import type { Asked, Found } from './found';
import type { PeopleSource } from './people-source';
import { CORRESPONDENCE_DAYS, PEOPLE_DAYS, WEIGHTS } from './weights';

/** A person named in more than this share of the library (the Secretary of State) is no reason. */
const COMMON_SHARE = 0.1;
/** "Shared people" keeps the documents nearest in date. */
const KEEP_PEOPLE = 20;

const meets = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.includes(x));

function apartText(days: number): string {
  if (days === 0) return 'the same day';
  const n = Math.abs(days);
  return `${n} day${n === 1 ? '' : 's'} ${days > 0 ? 'later' : 'earlier'}`;
}

const arrow = (p: { from: string[]; to: string[] }): string => `${p.from.join('; ') || '?'} → ${p.to.join('; ') || '?'}`;

/**
 * Same correspondence: the same two parties, in either direction (a telegram
 * and its reply), dated within CORRESPONDENCE_DAYS; shared people: a person
 * in common (not the pair) within PEOPLE_DAYS, leaving out those named
 * everywhere. Both walk the date window of the facet store only.
 */
export function createPartyReasons(store: () => DocStore, people: PeopleSource) {
  const correspondence = (asked: Asked): Found[] => {
    const own = people.parties(asked.id);
    if (own.from.length === 0 || own.to.length === 0) return [];
    const out: Found[] = [];
    for (const { id, apart } of dateWindow(store(), asked.id, CORRESPONDENCE_DAYS)) {
      if (!asked.inScope(id)) continue;
      const p = people.parties(id);
      const same = (meets(p.from, own.from) && meets(p.to, own.to)) || (meets(p.from, own.to) && meets(p.to, own.from));
      if (!same) continue;
      // Half the weight at the window's edge: the nearer in time, the likelier the same exchange.
      const weight = WEIGHTS.correspondence * (1 - (0.5 * Math.abs(apart)) / CORRESPONDENCE_DAYS);
      out.push({ id, reason: { kind: 'correspondence', label: `Same correspondence, ${apartText(apart)}`, detail: arrow(p), weight } });
    }
    return out;
  };

  const shared = (asked: Asked, exclude: ReadonlySet<number>): Found[] => {
    const size = store().size;
    const own = people.of(asked.id).filter((p) => people.documentCount(p.key) <= Math.max(1, COMMON_SHARE * size));
    if (own.length === 0) return [];
    const keys = new Map(own.map((p) => [p.key, p.label]));
    const near = dateWindow(store(), asked.id, PEOPLE_DAYS)
      .filter((w) => !exclude.has(w.id) && asked.inScope(w.id))
      .sort((a, b) => Math.abs(a.apart) - Math.abs(b.apart));
    const out: Found[] = [];
    for (const { id, apart } of near) {
      if (out.length >= KEEP_PEOPLE) break;
      // Index names hold commas ('Kolchak, Admiral Alexander V.'): persons are set apart by semicolons.
      const names = people.of(id).filter((p) => keys.has(p.key)).map((p) => p.label);
      if (names.length === 0) continue;
      out.push({ id, reason: { kind: 'shared-people', label: `Also ${names.join('; ')}`, detail: apartText(apart), weight: WEIGHTS.people } });
    }
    return out;
  };

  return { correspondence, shared };
}
