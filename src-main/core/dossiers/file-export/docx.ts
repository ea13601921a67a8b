import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, ShadingType, Tab, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DossierOutline, OutlineDocument } from './outline';
import { TINTS } from './html';
import { tableOf, type RunTable } from './table-runs';
import type { Run } from './outline';

const tint = (hex: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill: hex.slice(1) });

const prose = (md: string, opts: { italics?: boolean; label?: string } = {}): Paragraph[] =>
  md
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p, i) => new Paragraph({ children: [...(i === 0 && opts.label ? [new TextRun({ text: `${opts.label}: `, bold: true })] : []), new TextRun({ text: p, italics: opts.italics ?? false })] }));

/**
 * A stretch of the text as Word runs: the walker ends a table row or a line
 * of an address with "\n" and separates cells with "\t" inside one
 * paragraph, and Word ignores both in a run's text, so a list of papers came
 * out as one block of words. Each line is a run after a line break, each cell
 * after a tab.
 */
function textRuns(text: string, shading: ReturnType<typeof tint> | undefined): TextRun[] {
  return text.split('\n').map((line, i) => {
    const cells = line.split('\t').flatMap((cell, j) => (j === 0 ? [cell] : [new Tab(), cell]));
    return new TextRun({ children: cells, ...(i > 0 ? { break: 1 } : {}), ...(shading ? { shading } : {}) });
  });
}

const runsOf = (runs: readonly Run[]): TextRun[] => runs.flatMap((r) => textRuns(r.text, r.color ? tint(TINTS[r.color]) : undefined));

/** The text width of an A4 page with Word's default margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;

/**
 * Columns as wide as their longest text asks, within bounds: Word's equal
 * columns squeezed a list's subject into a sliver beside a wide "No." column.
 */
function columnWidths(rows: RunTable): number[] {
  const chars = (rows[0] ?? []).map((_, j) => Math.min(40, Math.max(12, ...rows.map((cells) => (cells[j] ?? []).reduce((n, r) => n + r.text.length, 0)))));
  const total = chars.reduce((a, b) => a + b, 0);
  return chars.map((c) => Math.floor((TEXT_WIDTH * c) / total));
}

/** A list of papers as a Word table, its first row repeated on each page as the header. */
const wordTable = (rows: RunTable): Table => {
  const widths = columnWidths(rows);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map((cells, i) => new TableRow({ tableHeader: i === 0, children: cells.map((runs, j) => new TableCell({ width: { size: widths[j] ?? 0, type: WidthType.DXA }, children: [new Paragraph({ children: runsOf(runs) })] })) })),
  });
};

function documentParas(d: OutlineDocument, n: number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: n > 1, children: [new TextRun(`${n}. ${d.title}`)] }),
    new Paragraph({ children: [new TextRun({ text: d.citation, size: 18, color: '555555' })] }),
    ...prose(d.commentary, { italics: true, label: 'Commentary' }),
    ...prose(d.note, { label: 'Note' }),
  ];
  for (const p of d.paragraphs) {
    const table = tableOf(p);
    // Justifying a line that ends in a break stretches it across the page: only running prose is justified.
    const lined = p.runs.some((r) => /[\n\t]/.test(r.text));
    if (table) out.push(wordTable(table));
    else if (p.runs.length > 0) out.push(new Paragraph({ alignment: lined ? AlignmentType.LEFT : AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: runsOf(p.runs) }));
    for (const c of p.comments) out.push(new Paragraph({ indent: { left: 720 }, children: [new TextRun({ text: 'Comment: ', bold: true }), new TextRun({ text: c, italics: true })] }));
  }
  for (const o of d.orphaned) out.push(new Paragraph({ children: [new TextRun(`“${o.quote}” (no longer found in the text)${o.comment ? ` Comment: ${o.comment}` : ''}`)] }));
  return out;
}

/** The dossier as a Word document: the same sections as the HTML, highlights shaded in their colours. */
export async function dossierDocx(o: DossierOutline): Promise<Uint8Array> {
  const doc = new Document({
    title: o.title,
    creator: o.author || 'Chancery',
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(o.title)] }),
          ...(o.author ? [new Paragraph({ children: [new TextRun(o.author)] })] : []),
          ...prose(o.introduction),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Sources')] }),
          ...o.documents.map((d, i) => new Paragraph({ children: [new TextRun(`${i + 1}. ${d.citation}`)] })),
          ...o.documents.flatMap((d, i) => documentParas(d, i + 1)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
