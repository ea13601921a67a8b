/**
 * The words a reference to another document is built from: whose it is
 * ("my", "your", "Department's", "Baghdad's"), what it is ("telegram",
 * "despatch No."), and the telegraphic abbreviations ("Deptel", "Urtel").
 */

/** Whose document a reference names, relative to the citing document. */
export type RefOwner =
  /** Sent by this document's sender (the same post). */
  | { by: 'sender' }
  /** Sent by this document's recipient to its sender. */
  | { by: 'recipient' }
  /** Sent by the Department of State. */
  | { by: 'department' }
  /** Sent by a post named by place, office or title ("Baghdad's", "London Embassy's", "Ambassador's"). */
  | { by: 'post'; post: string }
  /** Not said: between the two parties, either way. */
  | { by: 'unknown' };

export type RefKind = 'telegram' | 'despatch' | 'instruction' | 'note' | 'letter' | 'memorandum' | 'airgram' | 'communication';

const APOS = `['’]`;

/** Offices and posts a possessive can name: "Embassy's", "the Legation's", "Consul General's". */
const POST_WORD = String.raw`(?:Embassy|Legation|Consulate(?: General)?|Mission|Delegation|Ambassador|Minister|Consul(?: General)?|Chargé|High Commissioner|Commissioner|Agency|Agent)`;

/**
 * Sticky. Groups: 1 my/our, 2 your, 3 Department, 4 place before a post word,
 * 5 post word, 6 a capitalised place or name alone ("Baghdad's", "Phillips’").
 */
export const OWNER = new RegExp(
  String.raw`(?:(my|My|our|Our)|(your|Your|YOUR)(?:\s+[Ee]xcellency${APOS}s)?|(?:the\s+|The\s+)?(Department)${APOS}s` +
    String.raw`|(?:the\s+|The\s+|this\s+|This\s+)?(?:([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?(${POST_WORD})${APOS}s|([A-Z][a-z]{2,}(?:\s(?!${POST_WORD}|Department)[A-Z][a-z]+)?)(?:${APOS}s|(?<=s)${APOS}))(?!\w)`,
  'y',
);

export function ownerOf(m: RegExpExecArray): RefOwner {
  if (m[1]) return { by: 'sender' };
  if (m[2]) return { by: 'recipient' };
  if (m[3]) return { by: 'department' };
  if (m[5]) return { by: 'post', post: m[4] ? `${m[4]} ${m[5]}` : m[5] };
  return { by: 'post', post: m[6] ?? '' };
}

/** Words before a kind that say how it went: "air mail despatch", "circular telegram", "strictly confidential despatch". */
const KIND_ADJ = String.raw`(?:(?:unnumbered|numbered|cipher|air|air mail|mail|circular|telegraphic|confidential|strictly confidential|personal|secret|strictly secret|urgent|priority|official|triple priority|cabled)\s+)*`;

/** Sticky. Group 1: the kind word. */
export const KIND = new RegExp(
  KIND_ADJ +
    String.raw`([Tt]elegrams?|[Cc]ablegrams?|[Cc]ables?|[Dd]espatch(?:es)?|[Dd]ispatch(?:es)?|[Ii]nstructions?|[Nn]otes?|[Ll]etters?|[Mm]emorandum|[Aa]irgrams?|communications?|messages?)\b`,
  'y',
);

export function kindOf(word: string): RefKind {
  const w = word.toLowerCase();
  if (w.startsWith('tele') || w.startsWith('cable') || w.startsWith('message')) return 'telegram';
  if (w.startsWith('desp') || w.startsWith('disp')) return 'despatch';
  if (w.startsWith('instr')) return 'instruction';
  if (w.startsWith('note')) return 'note';
  if (w.startsWith('letter')) return 'letter';
  if (w.startsWith('memo')) return 'memorandum';
  if (w.startsWith('airgram')) return 'airgram';
  return 'communication';
}

/** A "telegraphic instruction" is a telegram; "circular telegram" too. */
export function kindFromPhrase(phrase: string): RefKind {
  const words = phrase.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (/telegraphic/i.test(phrase)) return 'telegram';
  return kindOf(last);
}

interface Abbreviation {
  owner: RefOwner;
  kind: RefKind;
}

/** Telegraphic abbreviations, as FRUS prints them. */
export const ABBREVIATIONS: Record<string, Abbreviation> = {
  deptel: { owner: { by: 'department' }, kind: 'telegram' },
  deptels: { owner: { by: 'department' }, kind: 'telegram' },
  depcirtel: { owner: { by: 'department' }, kind: 'telegram' },
  circtel: { owner: { by: 'department' }, kind: 'telegram' },
  depdes: { owner: { by: 'department' }, kind: 'instruction' },
  embtel: { owner: { by: 'post', post: 'Embassy' }, kind: 'telegram' },
  embtels: { owner: { by: 'post', post: 'Embassy' }, kind: 'telegram' },
  embdes: { owner: { by: 'post', post: 'Embassy' }, kind: 'despatch' },
  legtel: { owner: { by: 'post', post: 'Legation' }, kind: 'telegram' },
  legtels: { owner: { by: 'post', post: 'Legation' }, kind: 'telegram' },
  contel: { owner: { by: 'post', post: 'Consulate' }, kind: 'telegram' },
  urtel: { owner: { by: 'recipient' }, kind: 'telegram' },
  urtels: { owner: { by: 'recipient' }, kind: 'telegram' },
  urdes: { owner: { by: 'recipient' }, kind: 'despatch' },
  mytel: { owner: { by: 'sender' }, kind: 'telegram' },
  mytels: { owner: { by: 'sender' }, kind: 'telegram' },
  mydes: { owner: { by: 'sender' }, kind: 'despatch' },
  reftel: { owner: { by: 'unknown' }, kind: 'telegram' },
  secto: { owner: { by: 'post', post: 'Secretary' }, kind: 'telegram' },
  tosec: { owner: { by: 'department' }, kind: 'telegram' },
};

/** Sticky. "Deptel", "deptel", "Urtel", "reftel", "Secto": the dictionary's words, first letter either case. */
export const ABBREVIATION = new RegExp(
  `(${Object.keys(ABBREVIATIONS).map((k) => `[${k[0]?.toUpperCase()}${k[0]}]${k.slice(1)}`).join('|')})\\b`,
  'y',
);

/** Quantities a number can count: "5 points", "1,000 tons", "300 men" are not references. */
export const QUANTITY_NOUN =
  /^\s*(?:per\s?cent|percent|%|tons?|dollars?|rubles?|roubles?|pounds?|francs?|marks?|lire|yen|pesos?|men|troops|soldiers|persons|people|miles?|versts?|kilometers?|kilometres?|years?|months?|weeks?|days?|hours?|minutes?|points?|copies|pages?|cars|divisions|battalions|regiments|companies|aeroplanes|airplanes|planes|tanks|cents|kopecks|shares|votes|members|delegates|wagons|ships|vessels|rifles|guns|cases|bales|barrels|poods|acres|head|million|millions|thousand|hundred|o['’]clock)\b/i;
