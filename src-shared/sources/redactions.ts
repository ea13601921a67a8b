import type { DocumentBody } from '../model/document';
import { walkText } from '../text/walk';

/**
 * Editorial markers of what a printed document leaves out, found in the
 * shared walker's text (body, then footnotes): text still withheld
 * ("[1½ lines of source text not declassified]"), passages the editors
 * omitted ("[Here follow 28 pages of discussion.]", "Attached but not
 * printed", a row of dots), gaps in the edition (TEI `<gap/>`, printed
 * "[…]"), and groups garbled in transmission ("[omission]").
 */
export const REDACTION_KINDS = ['not declassified', 'omitted', 'not printed', 'gap', 'garbled'] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

export interface Extent {
  quantity: number;
  unit: 'lines' | 'paragraphs' | 'pages' | 'words' | 'groups' | 'documents';
  /** "less than 1 line". */
  lessThan?: boolean;
  /** "3 paragraphs (12 lines)": the lines given beside the paragraphs. */
  lines?: number;
}

export interface Redaction {
  kind: RedactionKind;
  /** The marker as printed. */
  text: string;
  /** [start, end) in the walker's text; footnotes follow the body. */
  start: number;
  end: number;
  extent?: Extent;
  /** Label of the footnote the marker stands in. */
  footnote?: string;
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, several: NaN };
const FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };

function quantity(s: string): number {
  const t = s.trim().toLowerCase();
  const m = /^(\d*)\s*([½¼¾⅓⅔])?$/.exec(t);
  if (m && (m[1] || m[2])) return Number(m[1] || 0) + (m[2] ? (FRACTIONS[m[2]] ?? 0) : 0);
  return NUMBER_WORDS[t] ?? NaN;
}

const UNIT = /(less than\s+)?(\d+\s*[½¼¾⅓⅔]?|[½¼¾⅓⅔]|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(line|paragraph|page|word|group|document)s?(?:\s+\((\d+[½¼¾]?)\s+lines?\))?/i;

export function extentOf(text: string): Extent | undefined {
  const m = UNIT.exec(text);
  if (!m) return undefined;
  const q = quantity(m[2] ?? '');
  if (!Number.isFinite(q)) return undefined;
  const out: Extent = { quantity: q, unit: `${(m[3] ?? '').toLowerCase()}s` as Extent['unit'] };
  if (m[1]) out.lessThan = true;
  if (m[4]) out.lines = quantity(m[4]);
  return out;
}

const PATTERNS: Array<[RedactionKind, RegExp]> = [
  ['not declassified', /\[[^[\]]{0,120}?not declassified\.?\]/gi],
  ['omitted', /\[Here follows?\b[^[\]]{0,600}\]/g],
  ['omitted', /(?:\.\s){4,}\./g],
  ['not printed', /\b(?:Attached but not printed|(?:Attachments?|Enclosures?|Inclosures?|Tabs?(?: [A-Z])?)(?: (?:are|is|were|was))? not printed)\b\.?/g],
  ['gap', /\[…(?: \d+ (?:words?|lines?))?\]/g],
  ['garbled', /\[(?:apparent )?omission\]|\[garbled(?: group| groups| word)?\]|\[\d+ groups? (?:garbled|missing|undecipherable)\]/gi],
];

/** Every marker in the document's text, in order. */
export function findRedactions(body: DocumentBody): Redaction[] {
  let text = '';
  let bodyEnd = -1;
  const noteStarts: number[] = [];
  walkText(body, {
    text: (s, at, run) => {
      // Each footnote follows the body after a "\n\n" separator of its own.
      if (bodyEnd >= 0 && run === undefined && s === '\n\n') noteStarts.push(at + 2);
      text += s;
    },
    bodyEnd: (at) => (bodyEnd = at),
  }, { footnotes: true });
  return recognise(text).map((r) => {
    if (r.start < bodyEnd) return r;
    let k = noteStarts.length - 1;
    while (k > 0 && (noteStarts[k] ?? 0) > r.start) k--;
    const label = body.footnotes[k]?.label;
    return label === undefined ? r : { ...r, footnote: label };
  });
}

/** Markers in plain text, in order; overlapping matches keep the first pattern's. */
export function recognise(text: string): Redaction[] {
  const found: Redaction[] = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((r) => start < r.end && end > r.start)) continue;
      const r: Redaction = { kind, text: m[0], start, end };
      const extent = kind === 'gap' || kind === 'not declassified' || kind === 'omitted' ? extentOf(m[0]) : undefined;
      if (extent) r.extent = extent;
      found.push(r);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Extent per unit over a document's markers: "3½ lines, 28 pages". */
export function totalExtent(list: readonly Redaction[]): Partial<Record<Extent['unit'], number>> {
  const out: Partial<Record<Extent['unit'], number>> = {};
  for (const r of list) {
    if (!r.extent) continue;
    const e = r.extent;
    const unit = e.lines !== undefined ? 'lines' : e.unit;
    out[unit] = (out[unit] ?? 0) + (e.lines ?? e.quantity);
  }
  return out;
}
