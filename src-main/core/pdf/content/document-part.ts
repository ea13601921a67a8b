import { textLayout } from '../../../../src-shared/text/layout';
import { blocks, paragraph } from '../layout/blocks';
import type { NoteLinks } from '../layout/inlines';
import { COLORS, SIZES, style } from '../layout/style';
import type { PdfDocument } from '../types';
import { bodyCtx, label, markdown, type Composer } from './compose';
import { documentOpener } from './document-opener';
import { commentedPassages, excerpts, paintedHighlights, unplaced } from './excerpts';

const COMMENTARY_INDENT = 14;

/** Names of the note destinations of document `n`, both ways. */
export const noteLinks = (n: number): NoteLinks => ({ note: (id) => `note:${n}:${id}`, ref: (id) => `ref:${n}:${id}` });

/** The user's commentary: ink blue, indented behind a rule, labelled — never mistaken for the source. */
export function commentary(c: Composer, md: string): void {
  if (!md.trim()) return;
  const bar = { x: COMMENTARY_INDENT - 7, color: COLORS.commentary };
  const over = { left: COMMENTARY_INDENT, width: c.geo.measure - COMMENTARY_INDENT, base: style('regular', 10, COLORS.commentary), leading: 14, bar };
  label(c, 'Commentary', COLORS.commentary, { left: COMMENTARY_INDENT, bar }, 4);
  markdown(c, md, over);
}

/** The user's note on the document, set like the commentary but labelled apart: both are the historian's, not the source's. */
export function documentNote(c: Composer, md: string | undefined): void {
  if (!md?.trim()) return;
  const bar = { x: COMMENTARY_INDENT - 7, color: COLORS.commentary };
  label(c, 'Note', COLORS.commentary, { left: COMMENTARY_INDENT, bar }, 4);
  markdown(c, md, { left: COMMENTARY_INDENT, width: c.geo.measure - COMMENTARY_INDENT, base: style('italic', 10, COLORS.commentary), leading: 14, bar });
}

function footnotes(c: Composer, doc: PdfDocument, links: NoteLinks): void {
  if (doc.body.footnotes.length === 0) return;
  label(c, 'Notes', COLORS.muted, {}, 16);
  const indent = 18;
  const ctx = bodyCtx(c, { left: indent, width: c.geo.measure - indent, base: style('regular', SIZES.small.size), leading: SIZES.small.leading });
  for (const note of doc.body.footnotes) {
    paragraph(ctx, note.runs, {
      look: { align: 'justify', indent: 0, before: 0, after: 3 },
      label: { text: note.label, style: ctx.base, gap: 6, link: links.ref(note.id), anchor: links.note(note.id) },
    });
  }
}

/** The printed page the body starts on, unless its first block is that very page marker. */
function openingPages(doc: PdfDocument): string[] {
  const start = doc.placement?.startPage;
  const first = doc.body.blocks[0];
  return !start || (first?.t === 'page' && first.n === start) ? [] : [start];
}

/** One document: opener, commentary, the text (or the excerpts), its notes, the highlights that could not be placed. */
export function documentPart(c: Composer, doc: PdfDocument, n: number, total: number, warn: (w: string) => void): void {
  const dest = `doc:${n}`;
  documentOpener(c, doc, n, total, dest);
  commentary(c, doc.commentary);
  documentNote(c, doc.note);
  if (doc.mode === 'highlights') {
    excerpts(c, doc, () => warn(`Document ${n} (${doc.meta.title.value}) is set to highlights only but has none.`));
  } else {
    if (doc.commentary.trim()) label(c, 'Text', COLORS.muted, {}, 14);
    const links = noteLinks(n);
    const { starts } = textLayout(doc.body);
    blocks(bodyCtx(c, { notes: links, highlights: paintedHighlights(doc), starts, pendingPages: openingPages(doc) }), doc.body.blocks);
    footnotes(c, doc, links);
    commentedPassages(c, doc);
  }
  unplaced(c, doc);
}
