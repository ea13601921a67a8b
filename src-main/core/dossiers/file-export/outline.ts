import type { Dossier, HighlightColor } from '../../../contract';
import type { Highlights } from '../../annotations/highlights';
import type { DocumentRepository } from '../../library/document-repository';
import { bodyText } from '../../../../src-shared/text/plain-text';

/** A stretch of a paragraph: highlighted (with its colour) or not. */
export interface Run {
  text: string;
  color?: HighlightColor;
}

/** A paragraph of the document, then the comments of the highlights that end in it. */
export interface OutlineParagraph {
  runs: Run[];
  comments: string[];
}

export interface OutlineDocument {
  title: string;
  citation: string;
  date: string | null;
  commentary: string;
  /** The user's note on the document, Markdown. */
  note: string;
  paragraphs: OutlineParagraph[];
  /** Highlights whose text is no longer in the document. */
  orphaned: Array<{ quote: string; comment: string }>;
}

export interface DossierOutline {
  title: string;
  author: string;
  introduction: string;
  documents: OutlineDocument[];
}

export interface OutlineDeps {
  repo: DocumentRepository;
  highlights: Pick<Highlights, 'list'>;
  noteOf: (docId: number) => string;
  cite: (docId: number) => string;
}

type Mark = { start: number; end: number; color: HighlightColor; comment: string };

/** Cuts the anchoring text at highlight edges, then at blank lines, keeping each comment with the paragraph its passage ends in. */
export function paragraphsOf(text: string, marks: Mark[]): OutlineParagraph[] {
  const out: OutlineParagraph[] = [{ runs: [], comments: [] }];
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [a = 0, b = 0] = [cuts[k], cuts[k + 1]];
    const color = marks.find((m) => m.start <= a && m.end >= b)?.color;
    text.slice(a, b).split(/\n{2,}/).forEach((piece, i) => {
      if (i > 0) out.push({ runs: [], comments: [] });
      if (piece) out.at(-1)?.runs.push(color ? { text: piece, color } : { text: piece });
    });
    for (const m of marks) if (m.end === b && m.comment) out.at(-1)?.comments.push(m.comment);
  }
  return out.filter((p) => p.runs.length > 0 || p.comments.length > 0);
}

/** The dossier as the HTML and DOCX exports print it: the same pieces as the PDF, as plain data. */
export function dossierOutline(deps: OutlineDeps, d: Dossier): DossierOutline {
  const documents = d.items.map((item): OutlineDocument => {
    const doc = deps.repo.get(item.docId);
    if (!doc) throw new Error(`Document ${item.docId} is no longer in the library`);
    const hs = deps.highlights.list(doc.id);
    const marks = hs
      .filter((h) => h.status === 'anchored')
      .map((h) => ({ start: h.anchor.position.start, end: h.anchor.position.end, color: h.color, comment: h.comment?.trim() ?? '' }));
    const paragraphs = paragraphsOf(bodyText(doc.body), marks);
    return {
      title: doc.meta.title.value,
      citation: deps.cite(doc.id),
      date: item.doc.date,
      commentary: item.commentary,
      note: deps.noteOf(doc.id),
      // "Highlights only": the highlighted passages with their comments, as the PDF prints them.
      paragraphs: item.mode === 'highlights' ? paragraphs.filter((p) => p.runs.some((r) => r.color)).map((p) => ({ ...p, runs: p.runs.filter((r) => r.color) })) : paragraphs,
      orphaned: hs.filter((h) => h.status === 'orphaned').map((h) => ({ quote: h.anchor.quote.exact, comment: h.comment?.trim() ?? '' })),
    };
  });
  return { title: d.title, author: d.author, introduction: d.introduction, documents };
}
