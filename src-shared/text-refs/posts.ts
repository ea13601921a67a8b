/**
 * Who a party is, for matching the two ends of a conversation: "The Ambassador
 * in France (Caffery)" is the post France; "Secretary of State", "Acting
 * Secretary of State" are the Department; a party known only by name
 * ("Gresham", as 1890s volumes print them) is that name. A chargé in France
 * and the ambassador in France are the same post: they number telegrams in
 * one series.
 */
import type { Party } from '../model/document';

/**
 * Keys a party is known by: 'department', 'post:france', or 'name:gresham'
 * when nothing else is known. Two parties match when they share one. A name
 * counts only without an office: two Morrises were ministers in 1918, one in
 * Tokyo and one in Stockholm.
 */
export function partyKeys(party: Party, place?: string): string[] {
  const role = party.role?.replace(/\s+/g, ' ').trim() ?? '';
  if (isDepartmentRole(role) || (!role && place !== undefined && /Department of State/i.test(place))) return ['department'];
  const post = postOfRole(role);
  if (post) return [`post:${post}`];
  if (role) return [`role:${role.toLowerCase()}`];
  const name = party.name?.trim().toLowerCase();
  return name ? [`name:${name}`] : [];
}

/** The keys of every party on one end. */
export function sideKeys(parties: readonly Party[] | undefined, place?: string): Set<string> {
  return new Set((parties ?? []).flatMap((p) => partyKeys(p, place)));
}

export function isDepartmentRole(role: string): boolean {
  return /\b(?:Secretary of State|Department of State|Under Secretary|Assistant Secretary|Counselor for the Department|Chief of the Division)\b/i.test(role) || /^(?:the )?Department$/i.test(role);
}

/** "Ambassador in France" → "france"; "Consul General at Moscow" → "moscow"; none for an office without a place. */
export function postOfRole(role: string): string | undefined {
  const m = /\b(?:in|at)\s+(?:the\s+)?([\p{Lu}][\p{L} .'’-]*?)\s*(?:\(|,|$)/u.exec(role);
  return m?.[1]?.toLowerCase();
}

/** Capitals and seats as possessive owners name them ("Baghdad's", "London Embassy's"), to the country a role names. */
const SEATS: Record<string, string> = {
  baghdad: 'iraq', teheran: 'iran', tehran: 'iran', kabul: 'afghanistan', cairo: 'egypt', jerusalem: 'palestine',
  'addis ababa': 'ethiopia', london: 'great britain', paris: 'france', rome: 'italy', berlin: 'germany',
  moscow: 'soviet union', petrograd: 'russia', vologda: 'russia', tokyo: 'japan', peking: 'china', nanking: 'china',
  ankara: 'turkey', angora: 'turkey', istanbul: 'turkey', beirut: 'syria', jidda: 'saudi arabia', managua: 'nicaragua',
  madrid: 'spain', lisbon: 'portugal', vienna: 'austria', prague: 'czechoslovakia', warsaw: 'poland', geneva: 'switzerland',
  bern: 'switzerland', brussels: 'belgium', 'the hague': 'netherlands', stockholm: 'sweden', tallinn: 'estonia',
};

/**
 * Keys a possessive owner may name: "Baghdad" → post:baghdad and post:iraq;
 * "London Embassy" → post:london, post:great britain; "Embassy" alone → none
 * (the caller decides which end is an embassy).
 */
export function ownerPostKeys(owner: string): string[] {
  const place = owner.replace(/\s*(?:Embassy|Legation|Consulate(?: General)?|Mission|Delegation|Agency)$/, '').trim().toLowerCase();
  if (!place || /^(?:embassy|legation|consulate|consulate general|mission|delegation|agency|ambassador|minister|consul|consul general|chargé|high commissioner|commissioner|agent|secretary)$/.test(place)) return [];
  const seat = SEATS[place];
  return seat ? [`post:${place}`, `post:${seat}`] : [`post:${place}`];
}

/** The office word of a possessive owner ("Embassy", "Minister's") as it shows in a role or a place. */
export function officeWord(owner: string): RegExp | null {
  const word = /(Embassy|Legation|Consulate|Mission|Delegation|Agency|Ambassador|Minister|Consul|Chargé|Commissioner|Agent)(?: General)?$/.exec(owner)?.[1];
  if (!word) return null;
  const family: Record<string, string> = {
    Embassy: 'Ambassador|Embassy|Chargé',
    Ambassador: 'Ambassador|Embassy',
    Legation: 'Minister|Legation|Chargé',
    Minister: 'Minister|Legation',
    Consulate: 'Consul|Consulate',
    Consul: 'Consul|Consulate',
    Chargé: 'Chargé',
  };
  return new RegExp(`\\b(?:${family[word] ?? word})\\b`, 'i');
}
