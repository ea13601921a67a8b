import { z } from 'zod';
import { reads, returns } from './call';
import { id } from './common';

/** Links between documents (issue 15): what a document cites, and who cites it. */
export const linkCalls = {
  /** The document's links in reading order, body then footnotes. */
  'links.refs': reads(z.object({ id }).strict(), returns<DocLink[]>()),
  /** Links in other documents that name this one among their targets, by citing document then position. */
  'links.citedBy': reads(z.object({ id }).strict(), returns<CitingLink[]>()),
};

/** A document a link leads to, with what a hover card shows. */
export interface LinkTarget {
  id: number;
  title: string;
  /** 'YYYY-MM-DD' as precise as known, or null. */
  date: string | null;
  from: string | null;
  to: string | null;
  /** The footnote the link names (`#d12fn3` → `d12fn3`), else null. */
  anchor: string | null;
  /** The first lines of the document's text. */
  lead: string;
}

export interface DocLink {
  id: number;
  /**
   * Offsets in the shared walker's text with footnotes: a link in the body
   * has the offsets of `show ID --json`'s `text`; a link in a footnote
   * (`inFootnote`) has offsets in that text followed by each footnote after "\n\n".
   */
  start: number;
  end: number;
  text: string;
  basis: 'editorial' | 'text';
  inFootnote: boolean;
  status: 'resolved' | 'ambiguous' | 'not-found';
  /** Best first. A target deleted since the link was computed is left out. */
  targets: LinkTarget[];
  /** The editors' target as encoded ('#d12', '#pg_64', 'frus1924v02#pg_64'), else null. */
  targetRef: string | null;
  /** What a not-found link names, and why it leads nowhere: "Foreign Relations, 1924, vol. ii, p. 64 — that volume is not in your library". */
  targetLabel: string | null;
  why: string;
}

/** A link in another document that cites this one. */
export interface CitingLink extends DocLink {
  source: { id: number; title: string; date: string | null };
}
