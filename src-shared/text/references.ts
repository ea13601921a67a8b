import type { Block, Inline } from '../model/document';
import { walkText, type BodyLike } from './walk';

/** Printed pages whose breaks occur in the blocks, in order of appearance. */
export function pageMarkers(blocks: readonly Block[]): string[] {
  const pages: string[] = [];
  walkText({ blocks }, { page: (n) => pages.push(n) });
  return pages;
}

/** Source-level ids of the documents the body links to, footnotes included. */
export function linkTargets(body: BodyLike): Set<string> {
  const out = new Set<string>();
  walkText(body, { link: (run) => out.add(run.target) }, { footnotes: true });
  return out;
}

/** Source-level ids of the documents embedded in the blocks (at any depth). */
export function embeddedTargets(blocks: readonly Block[]): Set<string> {
  const out = new Set<string>();
  walkText({ blocks }, { embedded: (b) => out.add(b.target) });
  return out;
}

/** Footnote references in the blocks, in reading order. */
export function noteRefs(blocks: readonly Block[]): Array<Extract<Inline, { t: 'noteRef' }>> {
  const out: Array<Extract<Inline, { t: 'noteRef' }>> = [];
  walkText({ blocks }, { noteRef: (run) => out.push(run) });
  return out;
}
