/** Scoring the text finder against the truth of text-refs-truth.ts. Pure, so it is tested. */
import type { FoundLink } from '../../src-main/core/links/found-link';
import type { TruthRef } from './text-refs-truth';

export interface ScoredDoc {
  id: number;
  sourceId: string | null;
  collectionId: string | null;
  text: string;
}

export interface Scored {
  positives: number;
  negatives: number;
  detected: number;
  detectedPositives: number;
  detectedNegatives: number;
  /** Detected positives whose first target is a document on a cited page. */
  correct: number;
  resolvedPositives: number;
  resolvedRight: number;
  ambiguousPositives: number;
  notFoundPositives: number;
  /** Negatives with a link: resolved, or ambiguous with candidates offered. */
  falseLinks: number;
  falseResolved: number;
  /** One line per miss, for reading. */
  notes: string[];
}

/**
 * Where the phrase before the footnote ends in the document's text. Text and
 * phrase are compared without whitespace: the walker joins lines and blocks
 * its own way. The last words of the phrase are searched for, then the
 * whole phrase confirms which occurrence it is.
 */
export function phraseEnd(text: string, before: string): number | null {
  const squeezed: number[] = [];
  let flat = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i] ?? '')) continue;
    flat += text[i];
    squeezed.push(i);
  }
  const tail = before.replace(/\s+/g, '').slice(-60);
  if (tail === '') return null;
  let at = flat.indexOf(tail);
  const whole = before.replace(/\s+/g, '');
  // Several occurrences: prefer the one the whole phrase leads up to.
  for (let k = at; k >= 0; k = flat.indexOf(tail, k + 1)) {
    if (flat.slice(0, k + tail.length).endsWith(whole)) {
      at = k;
      break;
    }
  }
  if (at < 0) return null;
  const last = squeezed[at + tail.length - 1];
  return last === undefined ? null : last + 1;
}

/** The reference the footnote was on: the last link ending at the phrase's end (give or take its punctuation). */
export function linkAt(links: readonly FoundLink[], end: number): FoundLink | null {
  const hits = links.filter((l) => l.start < end && l.end >= end - 4 && l.end <= end);
  return hits[hits.length - 1] ?? null;
}

export function scoreTruth(
  truth: readonly TruthRef[], docs: readonly ScoredDoc[], links: ReadonlyMap<number, readonly FoundLink[]>,
  pageDocs: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>,
): Scored {
  const s: Scored = {
    positives: 0, negatives: 0, detected: 0, detectedPositives: 0, detectedNegatives: 0, correct: 0, resolvedPositives: 0,
    resolvedRight: 0, ambiguousPositives: 0, notFoundPositives: 0, falseLinks: 0, falseResolved: 0, notes: [],
  };
  const byKey = new Map(docs.map((d) => [`${d.collectionId}#${d.sourceId}`, d]));
  const source = new Map(docs.map((d) => [d.id, d]));
  for (const t of truth) {
    if (t.positive) s.positives++;
    else s.negatives++;
    const doc = byKey.get(`${t.volume}#${t.doc}`);
    const end = doc ? phraseEnd(doc.text, t.before) : null;
    const link = doc && end !== null ? linkAt(links.get(doc.id) ?? [], end) : null;
    const where = `${t.volume} ${t.doc} “…${t.before.slice(-60)}” [${t.noteText.slice(0, 40)}]`;
    if (!link) {
      s.notes.push(`${t.positive ? '+' : '-'} not detected${end === null ? ' (phrase not located)' : ''}: ${where}`);
      continue;
    }
    s.detected++;
    if (!t.positive) {
      s.detectedNegatives++;
      if (link.targets.length > 0) {
        s.falseLinks++;
        if (link.status === 'resolved') s.falseResolved++;
        s.notes.push(`- false ${link.status}: ${where} → ${link.why}`);
      }
      continue;
    }
    s.detectedPositives++;
    const onPage = (id: number | undefined): boolean => {
      const sid = id === undefined ? undefined : source.get(id)?.sourceId;
      return sid != null && t.pages.some((p) => pageDocs.get(t.volume)?.get(p)?.has(sid));
    };
    const right = onPage(link.targets[0]?.id);
    if (right) s.correct++;
    if (link.status === 'resolved') {
      s.resolvedPositives++;
      if (right) s.resolvedRight++;
    } else if (link.status === 'ambiguous') s.ambiguousPositives++;
    else s.notFoundPositives++;
    if (!right) s.notes.push(`+ ${link.status}${link.targets.length > 0 ? ' WRONG' : ''}: ${where} → ${link.why}`);
  }
  return s;
}
