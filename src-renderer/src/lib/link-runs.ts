import type { DocumentBody, Inline } from '@shared/model/document';
import { walkText } from '@shared/text/walk';
import type { DocLink } from '@contract';

/**
 * Each link run of the body and footnotes with the stored link it is: links
 * are stored at their offsets in the shared walker's text with footnotes, and
 * the same walk finds each run's offset.
 */
export function linksByRun(body: DocumentBody, links: readonly DocLink[]): WeakMap<Inline, DocLink> {
  const at = new Map<number, DocLink>();
  for (const l of links) if (l.basis === 'editorial' && !at.has(l.start)) at.set(l.start, l);
  const out = new WeakMap<Inline, DocLink>();
  walkText(
    body,
    {
      link: (run, offset) => {
        const found = at.get(offset);
        if (found) out.set(run, found);
      },
    },
    { footnotes: true },
  );
  return out;
}

/** Scroll to a footnote of a document once a pane shows it, and flash it (after following a `#dNfnM` link). */
export function flashFootnoteWhenShown(noteId: string): void {
  let tries = 0;
  const attempt = (): void => {
    const el = document.querySelector<HTMLElement>(`.reader-pane.active li[id$="fn-${CSS.escape(noteId)}"]`) ?? document.querySelector<HTMLElement>(`li[id$="fn-${CSS.escape(noteId)}"]`);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.classList.add('flash');
      window.setTimeout(() => el.classList.remove('flash'), 1600);
      el.focus({ preventScroll: true });
      return;
    }
    if (++tries < 30) window.setTimeout(attempt, 150);
  };
  window.setTimeout(attempt, 100);
}

export interface RunPiece {
  text: string;
  /** Absolute offset of the piece's first character. */
  start: number;
  link: DocLink | null;
}

/**
 * Cuts a text run (at absolute `start`) where references found in the text
 * begin and end; `links` sorted by start and not overlapping. A run crossed by
 * no link is one piece.
 */
export function cutAtLinks(text: string, start: number, links: readonly DocLink[]): RunPiece[] {
  const end = start + text.length;
  const out: RunPiece[] = [];
  let at = start;
  for (const l of links) {
    if (l.end <= at) continue;
    if (l.start >= end) break;
    const a = Math.max(l.start, at);
    const b = Math.min(l.end, end);
    if (a > at) out.push({ text: text.slice(at - start, a - start), start: at, link: null });
    out.push({ text: text.slice(a - start, b - start), start: a, link: l });
    at = b;
  }
  if (at < end || out.length === 0) out.push({ text: text.slice(at - start), start: at, link: null });
  return out;
}
