import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, ShadingType, TextRun } from 'docx';
import type { DossierOutline, OutlineDocument } from './outline';
import { TINTS } from './html';

const tint = (hex: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill: hex.slice(1) });

const prose = (md: string, opts: { italics?: boolean; label?: string } = {}): Paragraph[] =>
  md
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p, i) => new Paragraph({ children: [...(i === 0 && opts.label ? [new TextRun({ text: `${opts.label}: `, bold: true })] : []), new TextRun({ text: p, italics: opts.italics ?? false })] }));

function documentParas(d: OutlineDocument, n: number): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: n > 1, children: [new TextRun(`${n}. ${d.title}`)] }),
    new Paragraph({ children: [new TextRun({ text: d.citation, size: 18, color: '555555' })] }),
    ...prose(d.commentary, { italics: true, label: 'Commentary' }),
    ...prose(d.note, { label: 'Note' }),
  ];
  for (const p of d.paragraphs) {
    if (p.runs.length > 0) out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: p.runs.map((r) => new TextRun({ text: r.text, ...(r.color ? { shading: tint(TINTS[r.color]) } : {}) })) }));
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
