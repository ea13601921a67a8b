import type { Inline } from '../../../src-shared/model/document';

/** A stretch of a plain-text paragraph replaced by a non-text inline (page break, note reference). */
export interface Cut {
  start: number;
  end: number;
  inline: Inline;
}

const PAGE = /\[Page ([0-9ivxlcdm]+)\]/gi;

/**
 * "[Page 811]" markers of the printed edition. A marker standing between two
 * words takes one of the spaces with it, so the text reads "excluding “in
 * extremis”" and not "excluding  “in extremis”".
 */
export function pageCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  for (const m of text.matchAll(PAGE)) {
    let start = m.index;
    let end = start + m[0].length;
    if (text[end] === ' ' && (start === 0 || text[start - 1] === ' ')) end++;
    else if (end === text.length && text[start - 1] === ' ') start--;
    cuts.push({ start, end, inline: { t: 'page', n: m[1] ?? '' } });
  }
  return cuts;
}

/** The paragraph as runs: text between the cuts, each cut replaced by its inline. */
export function textRuns(text: string, cuts: readonly Cut[]): Inline[] {
  const runs: Inline[] = [];
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
    if (cut.start < at) continue; // overlapping cuts: the first one wins
    if (cut.start > at) runs.push({ t: 'text', text: text.slice(at, cut.start) });
    runs.push(cut.inline);
    at = cut.end;
  }
  if (at < text.length) runs.push({ t: 'text', text: text.slice(at) });
  return runs;
}

/** The paragraph is nothing but a page marker: it becomes a page block between paragraphs. */
export function standalonePage(text: string): string | undefined {
  const m = /^\[Page ([0-9ivxlcdm]+)\]$/i.exec(text.trim());
  return m?.[1];
}
