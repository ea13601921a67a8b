/**
 * FRUS document headings name sender and recipient:
 * "The Ambassador in France (Caffery) to the Secretary of State",
 * "Memorandum of Conversation, by the Under Secretary of State (Lovett)".
 */
import type { Party } from '../../../src-shared/model/document';

export interface HeadingInfo {
  from?: Party[];
  to?: Party[];
  memorandum: boolean;
}

const MEMORANDUM = /^Memorandum(?: of (?:a )?Conversation)?(?:,? by (.+))?$/i;

/** The heading's parties, or null when the line is not a heading of this kind. */
export function parseHeading(line: string): HeadingInfo | null {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text.length > 250 || /[.:;]$/.test(text)) return null;
  const memo = MEMORANDUM.exec(text);
  if (memo) return { memorandum: true, ...fromTo(memo[1] ?? '') };
  const split = splitAtTo(text);
  if (split === null || !/^(?:the )?[A-Z]/.test(split.to)) return null;
  return { memorandum: false, from: [party(split.from)], to: [party(split.to)] };
}

function fromTo(text: string): Omit<HeadingInfo, 'memorandum'> {
  if (text === '') return {};
  const split = splitAtTo(text);
  if (split === null) return { from: [party(text)] };
  return { from: [party(split.from)], to: [party(split.to)] };
}

/**
 * Splits at " to " outside parentheses. Offices may contain " to " themselves
 * ("the Representative to the United Nations (Austin)"), so a " to " right
 * after a parenthesised name is preferred; otherwise the first one is taken.
 */
function splitAtTo(text: string): { from: string; to: string } | null {
  const positions = topLevelTo(text);
  const at = positions.find((p) => text[p - 1] === ')') ?? positions[0];
  if (at === undefined) return null;
  return { from: text.slice(0, at), to: text.slice(at + ' to '.length) };
}

function topLevelTo(text: string): number[] {
  const found: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(' to ', i)) found.push(i);
  }
  return found;
}

/**
 * "The Ambassador in France (Caffery)" → role + name. The lowercase article
 * joining the phrase ("to the Secretary of State") is grammar, not part of the
 * office, so it is dropped; the heading's own capitalised "The" is kept as printed.
 */
export function party(text: string): Party {
  const t = text.trim().replace(/^the /, '');
  const m = /^(.*?)\s*\(([^()]+)\)$/.exec(t);
  if (!m) return { role: t };
  const role = (m[1] ?? '').trim();
  const name = (m[2] ?? '').trim();
  return role ? { role, name } : { name };
}
