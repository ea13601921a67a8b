import type { DocumentBody } from '../../../src-shared/model/document';
import { footnoteStarts } from './link-spans';
import { volumeId } from './volume-label';

/** A page reference written in words in a footnote, at its offsets in the walker's text with footnotes. */
export interface FootnoteCite {
  start: number;
  end: number;
  text: string;
  /** The volume cited; null: the document's own. */
  volume: string | null;
  page: string;
  /** How the editors put it, for the link's explanation. */
  how: string;
}

/**
 * Page references the editors wrote in words. Only forms that can mean this
 * volume: "Ante, p. 5", "Post, p. 94", "See p. 431", "printed on p. 194",
 * a footnote that is only "p. 431"; and "Foreign Relations, 1924, vol. ii,
 * p. 64" for another volume. A bare "p. 29" after some other title (a
 * Command paper, the Official Journal) cites another book: never a link.
 */
const SAME_VOLUME: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:ante|post|supra|infra),?\s+pp?\.\s*(\d+)/gi, 'the editors\u2019 "ante/post" page reference'],
  [/\b(?:No\.\s*\d+,?\s+)?printed (?:on|at) pp?\.\s*(\d+)/gi, 'the editors\u2019 "printed on" page reference'],
  [/\bsee (?:also )?pp?\.\s*(\d+)/gi, 'the editors\u2019 "see p." reference'],
  [/^\s*pp?\.\s*(\d+)\.?\s*$/gi, 'a footnote that is only a page of this volume'],
];
const OTHER_VOLUME = /\bForeign Relations,?\s*(\d{4})(?:[–-]\d{2,4})?,?\s*(?:([A-Z][a-z]+(?: [A-Z][a-z]+)*),\s*)?(?:vol\.\s*([ivxlc]+|\d+),?\s*)?pp?\.\s*(\d+)/g;

/** Each reference in one footnote's text, at offsets in that text. */
function matches(text: string): FootnoteCite[] {
  const out: FootnoteCite[] = [];
  for (const m of text.matchAll(OTHER_VOLUME)) {
    const [whole, year, sub, vol, page] = m;
    if (year && page) out.push({ start: m.index, end: m.index + whole.length, text: whole, volume: volumeId(year, sub, vol), page, how: 'the editors\u2019 citation of a Foreign Relations volume' });
  }
  for (const [re, how] of SAME_VOLUME) {
    for (const m of text.matchAll(re)) {
      const whole = m[0].trimEnd().replace(/\.$/, '');
      const lead = m[0].length - m[0].trimStart().length;
      if (m[1]) out.push({ start: m.index + lead, end: m.index + whole.length, text: whole.slice(lead), volume: null, page: m[1], how });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** The page references in a body's footnotes that the editors did not encode (`encoded`: their links in footnotes). */
export function footnoteCites(body: DocumentBody, encoded: ReadonlyArray<{ start: number; end: number }>): FootnoteCite[] {
  const taken = [...encoded];
  const out: FootnoteCite[] = [];
  for (const note of footnoteStarts(body)) {
    for (const c of matches(note.text)) {
      const span = { start: note.start + c.start, end: note.start + c.end };
      if (taken.some((t) => overlaps(t, span))) continue;
      taken.push(span);
      out.push({ ...c, ...span });
    }
  }
  return out;
}
