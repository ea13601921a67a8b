import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Face, FaceName } from '../../src-main/core/pdf/fonts/faces';
import type { Block, DocumentBody, Inline, Mark } from '../../src-shared/model/document';
import { loadFaces, pdfHighlighted } from './pdf-offsets';
import { checkAgreement, coverage } from './text-agreement';

/**
 * Random bodies, each generated with the text the rule says it has (the rule
 * is stated once, in src-shared/text/walk.ts, and here by construction), then
 * every consumer of text positions is asked about every offset.
 */

/** A generated piece of a body: the model, its expected text, its printed pages in order. */
interface Gen<T> {
  value: T;
  text: string;
  pages: string[];
}

const gen = <T>(value: T, text = '', pages: string[] = []): Gen<T> => ({ value, text, pages });
const joined = <T>(parts: ReadonlyArray<Gen<unknown>>, value: T, sep: string): Gen<T> =>
  gen(value, parts.map((p) => p.text).join(sep), parts.flatMap((p) => p.pages));

// Letters, spaces, precomposed and combining accents, a ligature, an astral letter and CJK (not in the PDF font).
const CHARS = ['a', 'Z', ' ', 'é', 'e\u0301', 'o\u0308\u0304', 'ß', '–', '’', 'ﬁ', '𝔄', '中'];
const MARKS: Mark[] = ['italic', 'bold', 'smallcaps', 'sup'];

const textRun = fc
  .tuple(fc.array(fc.constantFrom(...CHARS), { maxLength: 6 }), fc.subarray(MARKS, { maxLength: 2 }))
  .map(([cs, marks]): Gen<Inline> => {
    const text = cs.join('');
    return gen(marks.length ? { t: 'text', text, marks } : { t: 'text', text }, text);
  });
const page = fc.integer({ min: 1, max: 999 }).map(String);
const leaf = fc.oneof(
  { weight: 5, arbitrary: textRun },
  // Each run a new object: the layouts know runs by identity, as bodies read from JSON have them.
  fc.constant(null).map(() => gen<Inline>({ t: 'lineBreak' }, '\n')),
  fc.constantFrom('1', '2').map((label) => gen<Inline>({ t: 'noteRef', id: `n${label}`, label })),
  page.map((n) => gen<Inline>({ t: 'page', n }, '', [n])),
);

const { runs } = fc.letrec<{ runs: Gen<Inline[]>; run: Gen<Inline> }>((tie) => ({
  runs: fc.array(tie('run'), { maxLength: 5 }).map((list) => joined(list, list.map((r) => r.value), '')),
  run: fc.oneof(
    { maxDepth: 2, depthIdentifier: 'link' },
    { weight: 4, arbitrary: leaf },
    tie('runs').map((r) => gen<Inline>({ t: 'link', target: 'd2', runs: r.value }, r.text, r.pages)),
  ),
}));

const runsBlock = (t: 'paragraph' | 'heading') =>
  runs.map((r) => gen<Block>(t === 'paragraph' ? { t, runs: r.value } : { t, level: 2, runs: r.value }, r.text, r.pages));

const { blocks } = fc.letrec<{ blocks: Gen<Block[]>; block: Gen<Block> }>((tie) => {
  const blocksOf = tie('blocks');
  return {
    // Blocks without text add no separator.
    blocks: fc.array(tie('block'), { maxLength: 5 }).map((list) =>
      gen(
        list.map((b) => b.value),
        list.flatMap((b) => (b.text === '' ? [] : [b.text])).join('\n\n'),
        list.flatMap((b) => b.pages),
      ),
    ),
    block: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'block' },
      { weight: 3, arbitrary: runsBlock('paragraph') },
      runsBlock('heading'),
      page.map((n) => gen<Block>({ t: 'page', n }, '', [n])),
      fc.constant(gen<Block>({ t: 'embedded', target: 'd3', title: 'Enclosure' })),
      fc.array(runs, { minLength: 1, maxLength: 3 }).map((items) => joined<Block>(items, { t: 'list', ordered: false, items: items.map((i) => i.value) }, '\n')),
      fc.array(fc.array(runs, { maxLength: 3 }), { maxLength: 3 }).map((rows) => {
        const cells = rows.map((row) => joined(row, row.map((c) => c.value), '\t'));
        return joined<Block>(cells, { t: 'table', rows: cells.map((r) => r.value) }, '\n');
      }),
      blocksOf.map((inner) => gen<Block>({ t: 'quote', blocks: inner.value }, inner.text, inner.pages)),
      fc.tuple(fc.option(runs, { nil: undefined }), blocksOf).map(([title, inner]) => {
        const block: Block = { t: 'section', kind: 'enclosure', ...(title ? { title: title.value } : {}), blocks: inner.value };
        const text = title?.text ? `${title.text}\n\n${inner.text}` : inner.text;
        return gen(block, text, [...(title?.pages ?? []), ...inner.pages]);
      }),
    ),
  };
});

const bodies = fc.tuple(blocks, fc.array(runs, { maxLength: 2 })).map(([b, notes]) => ({
  body: { blocks: b.value, footnotes: notes.map((n, i) => ({ id: `n${i + 1}`, label: String(i + 1), runs: n.value })) } satisfies DocumentBody,
  text: b.text,
  pages: b.pages,
}));

/** What the PDF may print for one UTF-16 unit: itself, or the replacement for a glyph the font lacks. */
const printed = (unit: string | undefined): string[] => [unit ?? '', '\uFFFD', '\uFEFF'];

/** The PDF highlights each character of the body's runs exactly once, and no separator. */
function checkPdf(body: DocumentBody, faces: Record<FaceName, Face>): void {
  const layout = checkAgreement(body);
  const covered = coverage(body, layout);
  const hits = pdfHighlighted(body, faces);
  const wrong: string[] = [];
  for (let i = 0; i < layout.bodyLength; i++) {
    const got = hits.get(i) ?? [];
    const ok = covered[i] ? got.length === 1 && printed(layout.text[i]).includes(got[0] ?? '') : got.length === 0;
    if (!ok) wrong.push(`${i} ${JSON.stringify(layout.text[i])} → ${JSON.stringify(got)}`);
  }
  expect(wrong, 'offsets the PDF highlights differently').toEqual([]);
}

let faces: Record<FaceName, Face>;
beforeAll(async () => {
  faces = await loadFaces();
});

describe('text positions (property: every consumer agrees on every offset)', () => {
  it('plain text, core and reader layouts, page and quote at offset agree with the rule', () => {
    fc.assert(
      fc.property(bodies, ({ body, text, pages }) => {
        const layout = checkAgreement(body, text);
        expect(layout.pages.map((p) => p.n)).toEqual(pages);
      }),
      { numRuns: 300 },
    );
  });

  it('the PDF highlights exactly the characters at those offsets', () => {
    fc.assert(
      fc.property(bodies, ({ body }) => checkPdf(body, faces)),
      { numRuns: 80 },
    );
  });
});
