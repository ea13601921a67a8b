import type { Party } from '../../../src-shared/model/document';
import { partiesLabel } from '../../../src-shared/display/parties';
import { trueDay, type RefDate } from '../../../src-shared/text-refs/ref-dates';
import type { TextRef } from '../../../src-shared/text-refs/ref-detect';
import type { Candidate } from './candidate-lookup';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateWords(d: RefDate): string {
  return `${MONTHS[d.month - 1] ?? ''} ${trueDay(d)}${d.year ? `, ${d.year}` : ''}${d.time ? ` ${d.time}` : ''}`;
}

/** Parties inside a sentence: "from the Ambassador in France (Caffery)", not "from The Ambassador". */
export function inSentence(parties: readonly Party[]): string {
  return partiesLabel(parties).replace(/(^|; )The /g, '$1the ');
}

/** What a reference names, in words: "telegram No. 1359 of May 12 sent by the Ambassador in Russia (Francis)". */
export function describe(ref: TextRef, dir: { words: string } | null): string {
  const parts = [ref.kind ?? 'document'];
  if (ref.number) parts.push(`No. ${ref.number}`);
  if (ref.date) parts.push(`of ${dateWords(ref.date)}`);
  if (dir) parts.push(dir.words);
  return parts.join(' ');
}

/** A candidate in words: "telegram 1359 from the Ambassador in Russia (Francis) to the Secretary of State, 1917-05-12". */
export function cited(c: Candidate): string {
  const number = c.serials.length > 0 ? ` ${c.serials.join('/')}` : '';
  const to = inSentence(c.to);
  return `${c.kind ?? 'document'}${number} from ${inSentence(c.from) || 'an unnamed sender'}${to ? ` to ${to}` : ''}, ${c.date.slice(0, 10)}`;
}

/** Several candidates, best first: "#12 (telegram 5 … , 1918-01-02); #40 (…)". */
export function listed(cs: readonly Candidate[]): string {
  return cs.map((c) => `#${c.id} (${cited(c)})`).join('; ');
}

