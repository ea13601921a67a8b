import type { DocumentBody } from '../../../src-shared/model/document';
import { pageMarkers } from '../../../src-shared/text/references';
import { walkText } from '../../../src-shared/text/walk';
import { detectTextRefs, type TextRef } from '../../../src-shared/text-refs/ref-detect';
import { parseTarget } from './editorial-targets';
import { footnoteCites, type FootnoteCite } from './footnote-cites';
import { encodedSpans, type Span } from './link-spans';

/** References beyond this many in one document are not looked at (a pathological file must not stall a relink). */
export const MAX_TEXT_REFS = 2000;

/** An editors' `<ref>` that makes a link: its target parses and it covers some text. */
export interface EncodedLink extends Span {
  /** The words it covers, in the walker's text with footnotes. */
  text: string;
}

/**
 * What the finders read of a document's body, worked out from it alone (no
 * library needed): where the editors' links and page references sit, the
 * references found in the text, and the printed pages it holds. An import
 * works these out in its parse workers, where the body is already an
 * object, so the writer's linking only resolves them against the library;
 * a relink of stored documents works them out from the stored body, with
 * the same function.
 */
export interface LinkInputs {
  /** The printed pages (`<pb>`) it holds, in reading order (for the volume's page map). */
  pages: string[];
  encoded: EncodedLink[];
  /** Page references the editors wrote in words in its footnotes, not overlapping an encoded link. */
  footnoteCites: FootnoteCite[];
  /** References found in its body text (at most `MAX_TEXT_REFS`). */
  textRefs: TextRef[];
}

/** The walker's text with footnotes, which the spans' offsets index. */
function fullText(body: DocumentBody): string {
  let out = '';
  walkText(body, { text: (s) => (out += s) }, { footnotes: true });
  return out;
}

export function linkInputs(body: DocumentBody, plainText: string): LinkInputs {
  const spans = encodedSpans(body).filter((s) => s.end !== s.start && parseTarget(s.target) !== null);
  const text = spans.length > 0 ? fullText(body) : '';
  const encoded = spans.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
  return {
    pages: pageMarkers(body.blocks),
    encoded,
    footnoteCites: footnoteCites(body, encoded.filter((l) => l.inFootnote)),
    textRefs: detectTextRefs(plainText).slice(0, MAX_TEXT_REFS),
  };
}
