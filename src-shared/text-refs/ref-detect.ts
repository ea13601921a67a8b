/**
 * References to other documents found in a document's own text: "Your 1359",
 * "Department's 368, October 21, 6 p.m.", "my November 10, 7 p.m.",
 * "despatch No. 661", "Deptel 123". Pure (no Node, no DOM), so the reader can
 * mark them as well as the core. Offsets are the shared walker's.
 *
 * A reference needs an owner ("my", "Department's"), a kind ("telegram") or a
 * telegraphic abbreviation, and then a number or a date: a number alone
 * ("1,000 tons", "the 1907 convention", "No. 3 of the treaty") never is one.
 */
import { dateAt, type RefDate } from './ref-dates';
import { ABBREVIATION, ABBREVIATIONS, KIND, OWNER, QUANTITY_NOUN, kindFromPhrase, ownerOf, type RefKind, type RefOwner } from './ref-words';

export interface TextRef {
  start: number;
  end: number;
  /** The words of the reference as printed. */
  text: string;
  owner: RefOwner;
  kind?: RefKind;
  /** The cited document's serial ("1359", "58A"). */
  number?: string;
  date?: RefDate;
}

/** Where a reference may begin: an owner, a kind (with its adjectives), an abbreviation. */
const TRIGGER = new RegExp(
  String.raw`\b(?:my|My|our|Our|your|Your|YOUR|the|The|Department|Embassy|Legation|Consulate|Mission|Delegation|Ambassador|Minister|Consul|Chargé|High|Commissioner|Agency|Agent` +
    String.raw`|unnumbered|numbered|cipher|air|mail|circular|telegraphic|confidential|strictly|personal|secret|urgent|priority|official|triple|cabled|[Cc]ircular` +
    String.raw`|[Tt]elegrams?|[Cc]ablegrams?|[Cc]ables?|[Dd]espatch(?:es)?|[Dd]ispatch(?:es)?|[Ii]nstructions?|[Nn]otes?|[Ll]etters?|[Mm]emorandum|[Aa]irgrams?|communications?|messages?` +
    String.raw`|${Object.keys(ABBREVIATIONS).map((k) => `[${k[0]?.toUpperCase()}${k[0]}]${k.slice(1)}`).join('|')})\b` +
    String.raw`|\b[A-Z][a-z]{2,}(?:\s[A-Z][a-z]+)?(?:['’]s\b|s['’](?!\w))`,
  'g',
);

/** Between the owner or kind and the number or date: "of", "dated", "under date of", "of the date of". */
const JOIN = /\s*,?\s*(?:(?:of the date of|under date of|of|dated|sent|on)\s+)?/y;
const NUMBER = /(Nos?\.\s*|Numbers?\s+|number\s+)?(\d{1,5}[A-Z]?)(?![\d,.:/]\d|\d|[-–]\d|\s*(?:st|nd|rd|th)\b)(?:\s*\[(\d{1,5})\])?/y;
/** ", paragraph 4" after a reference points into it: part of the reference. */
const PARAGRAPH = /,?\s*(?:paragraphs?|section|part)\s+\d{1,3}\b/y;
/** A further number or date of the same owner and kind: "; and 777, June 30", " and 49", ", 1762". */
const MORE = /(?:\s*[,;]\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:(?:my|your|the)\s+)?(?:Nos?\.\s*)?(?=\d|[A-Z][a-z]+\.?\s+\d)/y;
/** What may follow a year-like number that is still a serial: punctuation, a date, a function word. */
const AFTER_SERIAL = /^\s*(?:$|[,.;:)\]]|—|–|-|(?:of|and|or|to|via|in|which|that|received|not|was|is|has|had|have|regarding|concerning|re|paragraph|section|reported|stated|says|said|refers|referred|gave|contained|mentioned|quoted|repeated|explains|explained|also)\b|[A-Z])/;

const sticky = (re: RegExp, text: string, at: number): RegExpExecArray | null => {
  re.lastIndex = at;
  return re.exec(text);
};

interface Head {
  owner: RefOwner;
  kind?: RefKind;
  /** An abbreviation stands alone: "Urtel" is a reference without a number. */
  alone: boolean;
  /** A possessive place ("Baghdad's") needs a number or a kind after it: "Lenin's May 1 speech" is no reference. */
  weak: boolean;
  end: number;
}

function head(text: string, at: number): Head | null {
  const abbr = sticky(ABBREVIATION, text, at);
  if (abbr?.[1]) {
    const a = ABBREVIATIONS[abbr[1].toLowerCase()];
    if (a) return { owner: a.owner, kind: a.kind, alone: true, weak: false, end: at + abbr[0].length };
  }
  let p = at;
  let owner: RefOwner = { by: 'unknown' };
  let weak = false;
  const o = sticky(OWNER, text, p);
  if (o) {
    owner = ownerOf(o);
    weak = o[6] !== undefined;
    p += o[0].length;
    p += /^\s*,?\s*/.exec(text.slice(p, p + 4))?.[0].length ?? 0;
  }
  const k = sticky(KIND, text, p);
  if (k?.[1]) return { owner, kind: kindFromPhrase(k[0]), alone: false, weak: false, end: p + k[0].length };
  return o ? { owner, alone: false, weak, end: at + o[0].length } : null;
}

/** The number at `at` when it reads as a serial here, not a quantity or a year. */
function serialAt(text: string, at: number, h: Head, more: boolean): { number: string; end: number } | null {
  const m = sticky(NUMBER, text, at);
  if (!m?.[2]) return null;
  const end = at + m[0].length;
  const after = text.slice(end, end + 40);
  if (QUANTITY_NOUN.test(after)) return null;
  const n = Number(m[2]);
  const labelled = m[1] !== undefined;
  // "note 5" is a footnote; "note No. 5" a diplomatic note.
  if (!labelled && h.kind === 'note') return null;
  const yearLike = n >= 1700 && n <= 2030;
  // After a list's first item a bare year is the end of a date ("…, 6 p.m., 1935"), not another serial.
  if (yearLike && !labelled && (more || !AFTER_SERIAL.test(after))) return null;
  // "France’s 3 divisions": after a possessive place only what may follow a serial.
  if (h.weak && !h.kind && !AFTER_SERIAL.test(after)) return null;
  // "336 [326]": the editors' bracketed correction is the serial meant.
  return { number: m[3] ?? m[2], end };
}

function paragraphEnd(text: string, at: number): number {
  const m = sticky(PARAGRAPH, text, at);
  return m ? at + m[0].length : at;
}

/** "Your 5598 to [via] London, September 13": where the telegram went on the way, between number and date. */
const ROUTE = /\s+(?:to|via|through)\s+(?:\[(?:to|via)\]\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,|\s|$)/y;

function dateAfter(text: string, at: number): { date: RefDate; end: number } | null {
  const route = sticky(ROUTE, text, at);
  if (route) {
    const d = dateAfter(text, at + route[0].length);
    if (d) return d;
  }
  const j = sticky(JOIN, text, at);
  return dateAt(text, at + (j?.[0].length ?? 0));
}

/** One number or date and whatever date follows a number; null when neither is there. */
function item(text: string, at: number, h: Head, more = false): { number?: string; date?: RefDate; start: number; end: number } | null {
  const j = sticky(JOIN, text, at);
  const from = at + (j?.[0].length ?? 0);
  const serial = serialAt(text, from, h, more);
  if (serial) {
    const d = dateAfter(text, serial.end);
    return { number: serial.number, start: from, end: paragraphEnd(text, d?.end ?? serial.end), ...(d ? { date: d.date } : {}) };
  }
  const d = dateAt(text, from);
  return d ? { date: d.date, start: from, end: paragraphEnd(text, d.end) } : null;
}

function ref(text: string, start: number, end: number, h: Head, it: { number?: string; date?: RefDate }): TextRef {
  const out: TextRef = { start, end, text: text.slice(start, end), owner: h.owner };
  if (h.kind) out.kind = h.kind;
  if (it.number) out.number = it.number;
  if (it.date) out.date = it.date;
  return out;
}

/** The references beginning at `at` (one, or several sharing an owner: "my 401, …, and 423 …"), and where they end. */
function refsAt(text: string, at: number): { refs: TextRef[]; end: number } | null {
  const h = head(text, at);
  if (!h) return null;
  const first = item(text, h.end, h);
  if (!first) return h.alone ? { refs: [ref(text, at, h.end, h, {})], end: h.end } : null;
  if (h.weak && !first.number) return null;
  const refs = [ref(text, at, first.end, h, first)];
  let end = first.end;
  for (;;) {
    const m = sticky(MORE, text, end);
    if (!m) break;
    const next = item(text, end + m[0].length, h, true);
    // A continuation has to be the same sort of thing: numbers after a number, dates after a date.
    if (!next || Boolean(next.number) !== Boolean(first.number)) break;
    refs.push(ref(text, next.start, next.end, h, next));
    end = next.end;
  }
  return { refs, end };
}

/** Every reference in `text`, in order. */
export function detectTextRefs(text: string): TextRef[] {
  const out: TextRef[] = [];
  TRIGGER.lastIndex = 0;
  let from = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    if (m.index < from) continue;
    const found = refsAt(text, m.index);
    if (!found) {
      // "Referring Department’s": the trigger took two words; the owner may start at the second.
      TRIGGER.lastIndex = m.index + 1;
      continue;
    }
    out.push(...found.refs);
    from = found.end;
    TRIGGER.lastIndex = found.end;
  }
  return out;
}
