import { inlineText } from '../../../src-shared/text/plain-text';
import { walkText } from '../../../src-shared/text/walk';
import type { DocumentBody } from '../../../src-shared/model/document';

/**
 * Offsets of a document's links and footnotes in the shared walker's text
 * with footnotes: the body as `show --json` gives it, then each footnote
 * after "\n\n". A link in the body has the offsets of the `show` text.
 */

export interface Span {
  start: number;
  end: number;
  target: string;
  inFootnote: boolean;
}

/** The editors' `<ref>` links of a document, at their offsets in the walker's text (footnotes after the body). */
export function encodedSpans(body: DocumentBody): Span[] {
  const spans: Span[] = [];
  let bodyEnd = Infinity;
  walkText(
    body,
    {
      link: (run, offset) => {
        spans.push({ start: offset, end: offset + inlineText(run.runs).length, target: run.target, inFootnote: offset >= bodyEnd });
      },
      bodyEnd: (offset) => (bodyEnd = offset),
    },
    { footnotes: true },
  );
  return spans;
}

/** Where each footnote's text starts in the walker's text (each follows the body after "\n\n"). */
export function footnoteStarts(body: DocumentBody): Array<{ start: number; text: string }> {
  let at = walkText(body, {});
  return body.footnotes.map((note) => {
    const text = inlineText(note.runs);
    const start = at + 2;
    at = start + text.length;
    return { start, text };
  });
}

