import type { Block, Inline } from '../model/document';
import { walkRuns, walkText, type BodyLike } from './walk';

/** Collects the text a walk reports. */
function collect(walk: (text: (s: string) => void) => void): string {
  let out = '';
  walk((s) => (out += s));
  return out;
}

/** Plain text of inline runs: footnote references and page markers are not text. */
export function inlineText(runs: readonly Inline[]): string {
  return collect((text) => walkRuns(runs, { text }));
}

/** Plain text of blocks, joined as a body joins them (see walk.ts). */
export function blocksText(blocks: readonly Block[]): string {
  return bodyText({ blocks });
}

/** The body as plain text, paragraphs separated by blank lines: the anchoring text. */
export function bodyText(body: BodyLike): string {
  return collect((text) => walkText(body, { text }));
}
