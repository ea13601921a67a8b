import { PDFDocument } from '@cantoo/pdf-lib';
import { vi } from 'vitest';
import { embedFaces, type Face, type FaceName } from '../../src-main/core/pdf/fonts/faces';
import { blocks, type BlockCtx } from '../../src-main/core/pdf/layout/blocks';
import { ParaBuilder, type ParaText } from '../../src-main/core/pdf/layout/para';
import { SIZES, style, type Rgb } from '../../src-main/core/pdf/layout/style';
import type { DocumentBody } from '../../src-shared/model/document';
import { textLayout } from '../../src-shared/text/layout';

export const loadFaces = async (): Promise<Record<FaceName, Face>> => embedFaces(await PDFDocument.create());

/**
 * Sets the body as the dossier PDF does, with a one-character highlight on every
 * offset of its text, and returns what the PDF highlighted for each offset
 * (several characters if it counted wrong; none for a separator, which is not printed).
 */
export function pdfHighlighted(body: DocumentBody, faces: Record<FaceName, Face>): Map<number, string[]> {
  const length = textLayout(body).bodyLength;
  const colors: Rgb[] = Array.from({ length }, () => [1, 1, 0]);
  const index = new Map<Rgb, number>(colors.map((c, i) => [c, i]));
  const built = vi.spyOn(ParaBuilder.prototype, 'build');
  try {
    const ctx: BlockCtx = {
      env: { faces, missing: { add: () => undefined } },
      left: 0,
      width: 400,
      base: style('regular', SIZES.body.size),
      leading: SIZES.body.leading,
      highlights: colors.map((color, i) => ({ start: i, end: i + 1, color })),
      starts: textLayout(body).starts,
      emit: () => undefined,
      pendingPages: [],
    };
    blocks(ctx, body.blocks);
    const out = new Map<number, string[]>();
    for (const result of built.mock.results) {
      if (result.type !== 'return') continue;
      const para: ParaText = result.value;
      for (const h of para.highlights) {
        const i = index.get(h.color) ?? -1;
        out.set(i, [...(out.get(i) ?? []), para.text.slice(h.start, h.end)]);
      }
    }
    return out;
  } finally {
    built.mockRestore();
  }
}
