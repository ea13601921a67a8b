import type { Party } from '../../../src-shared/model/document';
import { officeWord, ownerPostKeys, sideKeys } from '../../../src-shared/text-refs/posts';
import type { RefKind, RefOwner } from '../../../src-shared/text-refs/ref-words';
import type { Candidate } from './candidate-lookup';
import { inSentence } from './text-ref-words';

/** The citing document, as far as direction and dates go. */
export interface CitingDoc {
  id: number;
  /** 'YYYY-MM-DD' or with 'THH:MM'; null when undated. */
  date: string | null;
  from: Party[];
  to: Party[];
  place: string | null;
  collectionId: string | null;
}

/** Which way the cited document went, as a test on a candidate and in words. */
export interface Direction {
  /** Must hold: the candidate was sent by the right party. */
  sentBy(c: Candidate): boolean;
  /** Preferred: it went to the party this conversation is with. */
  pair(c: Candidate): boolean;
  /** "sent by the Ambassador in Russia (Francis)". */
  words: string;
  /**
   * The reference implies the correspondent ("your 1359" is your telegram to
   * me): a candidate sent elsewhere (a telegram repeated to this post) is
   * offered, never chosen.
   */
  strict?: boolean;
}

const meets = (a: Set<string>, b: Set<string>): boolean => [...a].some((k) => b.has(k));
/** A candidate's keys are asked for by every reference that meets it: worked out once. */
const keysOf = new WeakMap<Candidate, { from: Set<string>; to: Set<string> }>();
function keys(c: Candidate): { from: Set<string>; to: Set<string> } {
  let k = keysOf.get(c);
  if (!k) {
    k = { from: sideKeys(c.from, c.place ?? undefined), to: sideKeys(c.to) };
    keysOf.set(c, k);
  }
  return k;
}
const fromKeys = (c: Candidate): Set<string> => keys(c).from;
const toKeys = (c: Candidate): Set<string> => keys(c).to;

/** Sent by `from`; to `to` preferred, and when `strict` expected (see Direction.strict). */
function between(from: Set<string>, to: Set<string>, words: string, strict = false): Direction | null {
  if (from.size === 0) return null;
  const pair = (c: Candidate): boolean => meets(toKeys(c), to);
  return { sentBy: (c) => meets(fromKeys(c), from), pair, words, strict: strict && to.size > 0 };
}

const label = (parties: readonly Party[]): string => inSentence(parties) || 'an unnamed party';

/** "Embassy's" in a document from the Ambassador is his own; in one to him, the recipient's. */
function officeSide(office: RegExp, doc: CitingDoc): 'sender' | 'recipient' | null {
  const holds = (ps: readonly Party[], place?: string | null): boolean => ps.some((p) => office.test(p.role ?? '')) || office.test(place ?? '');
  if (holds(doc.from, doc.place)) return 'sender';
  if (holds(doc.to)) return 'recipient';
  return null;
}

/**
 * The direction a reference's owner and kind give, relative to the citing
 * document; null when the citing document does not say who its parties are.
 */
export function directionOf(owner: RefOwner, kind: RefKind | undefined, doc: CitingDoc): Direction | null {
  const sender = sideKeys(doc.from, doc.place ?? undefined);
  const recipient = sideKeys(doc.to);
  switch (owner.by) {
    case 'sender':
      return between(sender, recipient, `sent by ${label(doc.from)}`);
    case 'recipient':
      return between(recipient, sender, `sent by ${label(doc.to)} to ${label(doc.from)}`, true);
    case 'department':
      // The Department's telegram to this post; in the Department's own documents, to their recipient.
      return sender.has('department')
        ? between(sender, recipient, 'sent by the Department of State')
        : between(new Set(['department']), sender, `sent by the Department of State to ${label(doc.from)}`, true);
    case 'post': {
      const keys = ownerPostKeys(owner.post);
      if (keys.length > 0) {
        const named = new Set(keys);
        const city = owner.post.replace(/\s*(?:Embassy|Legation|Consulate(?: General)?|Mission|Delegation|Agency)$/, '').toLowerCase();
        // "Baghdad's": sent from there; "Mr. Phillips’": sent by him, whatever his office.
        const byName = (c: Candidate): boolean => c.from.some((p) => p.name?.trim().toLowerCase() === city);
        return {
          sentBy: (c) => meets(fromKeys(c), named) || (c.place ?? '').toLowerCase().startsWith(city) || byName(c),
          pair: () => false,
          words: `sent from ${owner.post.replace(/\s*(?:Embassy|Legation|Consulate)$/, '')}`,
        };
      }
      const office = officeWord(owner.post);
      const side = office ? officeSide(office, doc) : null;
      if (side === 'sender') return between(sender, recipient, `sent by ${label(doc.from)}`);
      if (side === 'recipient') return between(recipient, sender, `sent by ${label(doc.to)}`);
      return null;
    }
    case 'unknown':
      return eitherWay(kind, sender, recipient, doc);
  }
}

/** No owner: between the two parties either way; an instruction comes from the Department, a despatch goes to it. */
function eitherWay(kind: RefKind | undefined, sender: Set<string>, recipient: Set<string>, doc: CitingDoc): Direction | null {
  if (sender.size === 0 || recipient.size === 0) return null;
  const both = new Set([...sender, ...recipient]);
  const ends = (c: Candidate): boolean => meets(fromKeys(c), both) && meets(toKeys(c), both);
  if (kind === 'instruction') return { sentBy: (c) => ends(c) && fromKeys(c).has('department'), pair: () => true, words: 'sent by the Department of State' };
  if (kind === 'despatch') return { sentBy: (c) => ends(c) && !fromKeys(c).has('department'), pair: () => true, words: 'sent to the Department of State' };
  return { sentBy: ends, pair: () => true, words: `between ${label(doc.from)} and ${label(doc.to)}` };
}
