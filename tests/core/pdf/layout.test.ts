import { PDFDocument } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedFaces, type Face, type FaceName } from '../../../src-main/core/pdf/fonts/faces';
import { Paginator, type PlacedLine } from '../../../src-main/core/pdf/layout/paginate';
import { ParaBuilder, type MissingGlyphs } from '../../../src-main/core/pdf/layout/para';
import { typesetParagraph, type LayoutEnv, type ParaFormat } from '../../../src-main/core/pdf/layout/paragraph';
import { style } from '../../../src-main/core/pdf/layout/style';
import { emptyLine, type FlowBlock, type Line } from '../../../src-main/core/pdf/layout/types';

let faces: Record<FaceName, Face>;
beforeAll(async () => {
  faces = await embedFaces(await PDFDocument.create());
});

const CAFFERY =
  '“On the other hand,” he said, “what deeply worries the French Government is the fact that although the French Communists now know they have lost the strike battle in France, not only are they not modifying their tactics but are in fact hourly taking a more intransigent and uncompromising stand.” Reports from the Prefectures throughout France indicate that flying squads of hardened Communist shock troops are being shuttled about to combat the police.';

function set(text: string, over: Partial<ParaFormat> = {}, missing: string[] = []): Line[] {
  const sink: MissingGlyphs = { add: (c) => missing.push(c) };
  const env: LayoutEnv = { faces, missing: sink };
  const b = new ParaBuilder(faces, sink);
  b.add(text, style('regular', 10.5));
  return typesetParagraph(b.build(), { width: 300, left: 0, align: 'justify', size: 10.5, leading: 14.6, ...over }, env);
}

const right = (l: Line): number => l.pieces.reduce((m, p) => Math.max(m, p.x + p.width), 0);
const lineText = (l: Line): string => l.pieces.map((p) => p.text).join('');

describe('line breaking and justification', () => {
  it('fills the measure exactly on justified lines, never beyond, and loses no text', () => {
    const lines = set(CAFFERY);
    expect(lines.length).toBeGreaterThan(4);
    for (const l of lines) expect(right(l)).toBeLessThanOrEqual(300.01);
    for (const l of lines.slice(0, -1)) expect(right(l)).toBeCloseTo(300, 1);
    expect(right(lines.at(-1) as Line)).toBeLessThan(300);
    expect(lines.map(lineText).join(' ').replace(/\s+/g, ' ')).toBe(CAFFERY);
  });

  it('sets ragged, right-aligned and centred lines', () => {
    const ragged = set(CAFFERY, { align: 'left' });
    expect(ragged.some((l) => right(l) < 290)).toBe(true);
    const [r] = set('Paris, December 3, 1947', { align: 'right' });
    expect(r && right(r)).toBeCloseTo(300, 1);
    const [c] = set('Attachment', { align: 'center' });
    const first = c?.pieces[0];
    expect(first && c ? first.x + (right(c) - first.x) / 2 : 0).toBeCloseTo(150, 0);
  });

  it('breaks a 10,000-character unbroken string between characters, every piece within the measure', () => {
    const long = Array.from({ length: 10_000 }, (_, i) => 'abcdefghijklmnopqrstuvwxyzàéîõüŁĐ'[i % 33]).join('');
    const lines = set(`Before ${long} after.`, { width: 200 });
    expect(lines.length).toBeGreaterThan(100);
    for (const l of lines) expect(right(l)).toBeLessThanOrEqual(200.01);
    // Compared as a boolean: a failing 10,000-character diff would drown the report.
    expect(lines.map(lineText).join('').replace(/ /g, '') === `Before${long}after.`).toBe(true);
  });

  it('honours forced line breaks and prints a hyphen at a soft-hyphen break', () => {
    const lines = set('Department of State,\nWashington');
    expect(lines.map(lineText)).toEqual(['Department of State,', 'Washington']);
    const words = Array.from({ length: 12 }, () => 'extra\u00adordinary').join(' ');
    const soft = set(words, { width: 120 });
    expect(soft.some((l) => lineText(l).endsWith('-'))).toBe(true);
    expect(soft.every((l) => !lineText(l).includes('\u00ad'))).toBe(true);
  });

  it('replaces characters no font has with U+FFFD and reports each of them', () => {
    const missing: string[] = [];
    const lines = set('Tokyo 東京 sent 😀 word.', {}, missing);
    expect(missing).toEqual(['東', '京', '😀']);
    expect(lines.map(lineText).join('')).toBe('Tokyo \uFFFD\uFFFD sent \uFFFD\uFEFF word.');
  });

  it('hangs labels and marks where printed pages begin', () => {
    const b = new ParaBuilder(faces, { add: () => undefined });
    b.add('the party not excluding ', style('regular', 10.5));
    b.page('811');
    b.add('“in extremis” the possibility', style('regular', 10.5));
    const [line] = typesetParagraph(b.build(), { width: 400, left: 20, align: 'left', size: 10.5, leading: 14.6, label: { text: '1', style: style('regular', 10.5), gap: 6 } }, { faces, missing: { add: () => undefined } });
    expect(line?.pieces[0]).toMatchObject({ text: '1' });
    expect(line?.pieces[0]?.x).toBeLessThan(0);
    expect(line?.pageMarks).toEqual(['811']);
  });
});

describe('pagination', () => {
  const block = (n: number, over: Partial<FlowBlock> = {}): FlowBlock => ({ lines: Array.from({ length: n }, () => emptyLine(10)), spaceBefore: 0, spaceAfter: 0, ...over });
  const run = (blocks: FlowBlock[]): PlacedLine[][] => {
    const pages: PlacedLine[][] = [];
    const flow = new Paginator(100, (lines) => pages.push(lines));
    for (const b of blocks) flow.add(b);
    flow.finish();
    return pages;
  };
  const owners = (pages: PlacedLine[][], blocks: FlowBlock[]): number[][] => pages.map((p) => p.map((l) => blocks.findIndex((b) => b.lines.includes(l.line))));

  it('never leaves one line of a paragraph alone at the foot or the head of a page', () => {
    const orphan = [block(9), block(5)];
    expect(owners(run(orphan), orphan)).toEqual([Array(9).fill(0), Array(5).fill(1)]);
    const widow = [block(7), block(4)];
    expect(owners(run(widow), widow)).toEqual([[...Array(7).fill(0), 1, 1], [1, 1]]);
  });

  it('keeps headings with the first lines of what follows and moves unsplittable blocks whole', () => {
    const heading = [block(8), block(1, { keepWithNext: true }), block(6)];
    expect(owners(run(heading), heading)).toEqual([Array(8).fill(0), [1, ...Array(6).fill(2)]]);
    const row = [block(7), block(4, { keepTogether: true })];
    expect(owners(run(row), row)).toEqual([Array(7).fill(0), Array(4).fill(1)]);
  });

  it('splits a block taller than a page rather than looping', () => {
    const tall = [block(25, { keepTogether: true })];
    expect(run(tall).map((p) => p.length)).toEqual([10, 10, 5]);
  });
});
