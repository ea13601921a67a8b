import type { InspectedFilter, InspectedTerm } from '@contract';

/** What the inspector says in words: chips' labels and the sentences that explain them. */
const n = (x: number): string => x.toLocaleString('en-GB');
export const docs = (x: number): string => (x === 1 ? '1 document' : `${n(x)} documents`);

/** A prefix standing for this many terms is worth a warning (a one- or two-letter start). */
export const WIDE_PREFIX = 100;

/**
 * The stem shown on the chip after an arrow: only where it reaches other
 * words (`containment → contain`). A plural's stem (`polici`) would read as a
 * misprint and tells nothing; its sentence still names it.
 */
export function becameOf(t: InspectedTerm): string | null {
  // A word being typed is searched as typed (its stem's forms are in its sentence).
  return t.broader && t.kind === 'word' ? t.searched : null;
}

/** The term as the chip names it: `telegram`, `s…`, `"secretary of state"`, `=containment`. */
export function termLabel(t: InspectedTerm): string {
  switch (t.kind) {
    case 'phrase':
      return `“${t.typed}”`;
    case 'prefix':
      return `${t.typed}…`;
    case 'exact':
      return `=${t.typed}`;
    case 'word':
      return t.typed;
  }
}

/** Is the term broader than what was typed? (a stem reaching other words, or a short prefix) */
export function isBroader(t: InspectedTerm): boolean {
  return t.broader !== undefined || (t.kind === 'prefix' && (t.expands ?? 0) >= WIDE_PREFIX);
}

/** One sentence on what the term finds, for the line under the chips and screen readers. */
export function termSentence(t: InspectedTerm): string {
  const held = docs(t.docs);
  if (t.excluded) return `Documents with ${termLabel(t)} are left out (${held} hold it).`;
  switch (t.kind) {
    case 'phrase':
      return `These words in this order (each stemmed: ${t.searched}) — ${held}.`;
    case 'exact':
      return `${t.typed}, exact, not stemmed — ${held}.`;
    case 'prefix': {
      const start = t.searched.slice(0, -1);
      const terms = t.expands === 1 ? '1 indexed word' : `${n(t.expands ?? 0)} indexed words`;
      const also = t.broader ? `, and forms of it such as ${t.broader.forms.slice(0, 3).join(', ')}` : '';
      return `“${t.typed}…” as typed: every word starting “${start}”${also} (${terms}) — ${held}.`;
    }
    case 'word': {
      const as = t.searched === t.typed ? `“${t.typed}”` : `“${t.typed}” is searched as “${t.searched}”`;
      if (t.broader) return `${as}: also finds ${t.broader.forms.slice(0, 3).join(', ')}. Type =${t.typed} for this word alone.`;
      return t.forms ? `${as} (also ${t.forms.slice(0, 3).join(', ')}) — ${held}.` : `${as} — ${held}.`;
    }
  }
}

const FIELD_NAMES: Record<string, string> = {
  from: 'from', to: 'to', place: 'place', collection: 'volume', classification: 'class.', tag: 'tag', person: 'person', year: 'year', date: 'date', in: 'in',
  file: 'file', repository: 'repository', caveat: 'handling', redacted: 'withheld', translation: 'translation', paraphrase: 'paraphrase', set: 'within set',
};

export function filterLabel(f: InspectedFilter): string {
  return `${f.excluded ? 'not ' : ''}${FIELD_NAMES[f.field] ?? f.field}: ${f.value}`;
}

export function filterSentence(f: InspectedFilter): string {
  if (f.problem !== undefined) return f.problem;
  if (f.docs === undefined) return `Searching ${f.value} only.`;
  return f.excluded ? `Leaves out the ${docs(f.docs)} with ${f.field} ${f.value}.` : `${f.field} ${f.value}: ${docs(f.docs)} of the library.`;
}

/** "none in 1936", "none from Hull": what a filter that kept nothing says. */
export function noneSentence(f: InspectedFilter): string {
  // "No working set is named …": said as the sentence it is, after the words' count.
  if (f.problem !== undefined) return f.problem.replace(/\.$/, '').replace(/^No /, 'no ');
  if (f.excluded) return `none without ${f.field} ${f.value}`;
  switch (f.field) {
    case 'year':
    case 'date':
      return `none in ${f.value}`;
    case 'from':
      return `none from ${f.value}`;
    case 'to':
      return `none to ${f.value}`;
    case 'place':
      return `none written at ${f.value}`;
    case 'tag':
      return `none tagged ${f.value}`;
    default:
      return `none with ${FIELD_NAMES[f.field] ?? f.field} ${f.value}`;
  }
}

/** The query with a typed word replaced by a suggestion (the typed form is folded: matched without case). */
export function replaceWord(query: string, typed: string, word: string): string {
  const escaped = typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return query.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu'), word);
}
