import type { Face, FaceName } from '../fonts/faces';
import { printable, type MissingGlyphs } from '../layout/para';
import { COLORS, SIZES, style } from '../layout/style';
import { ContentWriter } from './content';
import type { PageWriter } from './page-writer';

const CHROME = style('italic', SIZES.chrome.size, COLORS.muted);
const FOLIO = style('regular', SIZES.chrome.size, COLORS.muted);

/**
 * Running head (the dossier's title, centred, over a hairline) and folio
 * ("page n of N") on every page but the cover, added once N is known.
 */
export function drawChrome(writer: PageWriter, faces: Record<FaceName, Face>, title: string, missing: MissingGlyphs): void {
  const { geo } = writer;
  const total = writer.pages.length;
  const head = printable(title.length > 90 ? `${title.slice(0, 89)}…` : title, faces.italic, missing);
  const headWidth = (faces.italic.advance(head) * CHROME.size) / 1000;
  writer.pages.forEach((_, index) => {
    if (index === 0) return;
    const cw = new ContentWriter(faces);
    const headY = geo.height - geo.top + 30;
    cw.text(0, headY, [{ x: geo.left + (geo.measure - headWidth) / 2, text: head, style: CHROME, width: headWidth }]);
    cw.rule(geo.left, headY - 6, geo.left + geo.measure, headY - 6, 0.4, COLORS.rule);
    const folio = `page ${index + 1} of ${total}`;
    const w = (faces.regular.advance(folio) * FOLIO.size) / 1000;
    cw.text(0, geo.height - geo.top - geo.body - 34, [{ x: geo.left + (geo.measure - w) / 2, text: folio, style: FOLIO, width: w }]);
    writer.stream(index, cw.toString());
  });
}
