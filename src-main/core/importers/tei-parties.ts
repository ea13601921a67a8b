import type { Field, Party } from '../../../src-shared/model/document';
import { parseHeading } from './frus-parties';

/** Where a `persName`/`gloss` with `type="from"|"to"` sits in the head's plain text. */
export interface PartySpan {
  type: 'from' | 'to';
  /** A `gloss` names an office; a `persName` a person. */
  office: boolean;
  start: number;
  end: number;
  /** The editors' person link (`corresp="#p_FDR1"`), kept on the party. */
  person?: string;
}

export interface Parties {
  from?: Field<Party[]>;
  to?: Field<Party[]>;
}

/**
 * Sender and recipient from the tagged head. Encoders tag the name
 * ("The Ambassador in Russia (<persName>Francis</persName>)") or the office
 * ("the <gloss>Secretary of State</gloss>"); the printed office in front of a
 * parenthesised name is taken as that person's role. An untagged head
 * ("Memorandum by the Legal Adviser (Hackworth)") is read as printed, inferred.
 */
export function partiesFromHead(head: string, spans: readonly PartySpan[]): Parties {
  const tagged = taggedParties(head, spans);
  if (tagged.from && tagged.to) return tagged;
  // A side the encoders left untagged ("to the Consul at Harbin (Moser)") is read from the printed head.
  return { ...untagged(head), ...tagged };
}

function taggedParties(head: string, spans: readonly PartySpan[]): Parties {
  const found: Record<'from' | 'to', Party[]> = { from: [], to: [] };
  let prevEnd = 0;
  let prev: { span: PartySpan; party: Party } | undefined;
  for (const span of spans) {
    const text = head.slice(span.start, span.end).trim();
    const before = head.slice(prevEnd, span.start);
    prevEnd = span.end;
    if (text === '') continue;
    if (span.office) {
      prev = { span, party: { role: text } };
      found[span.type].push(prev.party);
      continue;
    }
    if (prev?.span.office && prev.span.type === span.type && /^\s*\(\s*$/.test(before)) {
      prev.party.name = text; // "<gloss>the Ambassador</gloss> (<persName>X</persName>)": one party
      if (span.person !== undefined) prev.party.person = span.person;
      continue;
    }
    const role = roleBefore(before);
    const person = span.person === undefined ? {} : { person: span.person };
    prev = { span, party: role ? { name: text, role, ...person } : { name: text, ...person } };
    found[span.type].push(prev.party);
  }
  const stated = { kind: 'stated', where: 'head' } as const;
  return {
    ...(found.from.length > 0 ? { from: { value: found.from, provenance: stated } } : {}),
    ...(found.to.length > 0 ? { to: { value: found.to, provenance: stated } } : {}),
  };
}

/** "Memorandum by", "6. Memorandum From", "Telegram From", "Paper Prepared by": the kind of document, not the office. */
const KIND_PREFIX =
  /^(?:Memorandum|Telegram|Circular Telegram|Airgram|Letter|Note|Despatch|Dispatch|Message|Paper|Instruction|Cablegram|Report|Minutes)\b.*?\b(?:From|by)\s+/i;

/** The office printed between the previous party and "(": "… to the Ambassador in Russia (". */
function roleBefore(before: string): string {
  const m = /^(.*)\(\s*$/s.exec(before);
  if (!m) return '';
  const role = (m[1] ?? '')
    .replace(/^[\s),.;:]+/, '')
    .replace(/^\d+[a-z]?\.\s+/, '')
    .replace(KIND_PREFIX, '')
    .replace(/^(?:to|from|by|and)\s+/i, '')
    .replace(/^the\s+/i, '')
    .trim();
  // A long stretch is a sentence, not an office: better no role than a wrong one.
  return role.length <= 120 ? role : '';
}

/** A modern FRUS head's number and kind: "12. Memorandum From …", "Telegram From …" (the parties follow). */
const MODERN_OPENING = /^(?:\d+[a-z]?\.\s+)?(?:(?:Memorandum|Telegram|Circular Telegram|Airgram|Letter|Note|Despatch|Dispatch|Message|Cablegram|Backchannel Message)\s+From\s+)?/i;

function untagged(head: string): Parties {
  // Without this, "1. Memorandum From the Director … to …" gave the sender "1. Memorandum From the Director …".
  const printed = head.replace(MODERN_OPENING, '');
  const parsed = printed === '' ? null : parseHeading(printed);
  if (parsed === null) return {};
  const inferred = { kind: 'inferred', from: 'head' } as const;
  return {
    ...(parsed.from ? { from: { value: parsed.from.map(withoutArticle), provenance: inferred } } : {}),
    ...(parsed.to ? { to: { value: parsed.to.map(withoutArticle), provenance: inferred } } : {}),
  };
}

/** Roles read here carry no article, like the tagged `gloss` offices ("Secretary of State"). */
function withoutArticle(p: Party): Party {
  return p.role ? { ...p, role: p.role.replace(/^the\s+/i, '') } : p;
}
