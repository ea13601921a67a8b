import { expect } from 'vitest';
import { pageRange } from '../../src-main/core/citations/pages';
import { anchorFor } from '../../src-renderer/src/lib/anchor-text';
import type { DocumentBody, Inline, Placement } from '../../src-shared/model/document';
import { pageAt, textLayout, type TextLayout } from '../../src-shared/text/layout';
import { blocksText, bodyText, inlineText } from '../../src-shared/text/plain-text';
import { quoteAt } from '../../src-shared/text/quote';
import { pageMarkers } from '../../src-shared/text/references';

/**
 * Checks that every consumer of text positions agrees on a body: plain text
 * (what `documents.plain_text` stores), the core's layout (highlights, citations),
 * the reader's layout (find, selections, reading positions), page at offset and
 * quote at offset. The runs are found by looking through the body's objects, not
 * by walking block kinds, so a walker that skipped or misplaced one is caught.
 */

type TextRun = Extract<Inline, { t: 'text' | 'lineBreak' }>;
const runText = (r: TextRun): string => (r.t === 'text' ? r.text : '\n');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isTextRun = (v: unknown): v is TextRun => isObject(v) && (v.t === 'text' || v.t === 'lineBreak');

/** Every text run and line break below `value`, and every array that holds runs. */
function findRuns(value: unknown, runs: TextRun[] = [], lists: unknown[][] = []): { runs: TextRun[]; lists: unknown[][] } {
  if (Array.isArray(value)) {
    if (value.some(isTextRun)) lists.push(value);
    for (const v of value) findRuns(v, runs, lists);
  } else if (isTextRun(value)) runs.push(value);
  else if (isObject(value)) for (const v of Object.values(value)) findRuns(v, runs, lists);
  return { runs, lists };
}

const placement = (startPage: string): Placement => ({ collection: { id: 'c', title: 'C' }, chapter: [], sourceId: 'd', startPage });

/** Offsets to probe: all of them for a short text, an even sample of a long one. */
function probes(length: number): number[] {
  const step = Math.max(1, Math.floor(length / 300));
  const out: number[] = [];
  for (let i = 0; i <= length; i += step) out.push(i);
  return out;
}

/** How many runs cover each offset of the body's text, by the layout's run starts. */
export function coverage(body: DocumentBody, layout: TextLayout): Uint8Array {
  const covered = new Uint8Array(layout.bodyLength);
  for (const run of findRuns(body.blocks).runs) {
    const at = layout.starts.get(run);
    for (let i = at ?? 0; at !== undefined && i < at + runText(run).length; i++) covered[i] = (covered[i] ?? 0) + 1;
  }
  return covered;
}

function checkRuns(body: DocumentBody, core: TextLayout, reader: TextLayout): void {
  const plain = core.text;
  const wrong: string[] = [];
  for (const run of findRuns(body.blocks).runs) {
    const at = core.starts.get(run);
    const text = runText(run);
    if (at === undefined || reader.starts.get(run) !== at || plain.slice(at, at + text.length) !== text) wrong.push(`${JSON.stringify(text)} at ${at}`);
  }
  expect(wrong, 'every run sits where the layouts say').toEqual([]);
  const covered = coverage(body, core);
  // What no run covers is a separator: "\n\n" between blocks, "\n" between items and rows, "\t" between cells.
  const gaps = [...covered].flatMap((c, i) => (c === 1 || (c === 0 && (plain[i] === '\n' || plain[i] === '\t')) ? [] : [`${i}:${c}`]));
  expect(gaps, 'characters outside runs are separators, and no character is counted twice').toEqual([]);
  for (const run of findRuns(body.footnotes).runs) {
    const at = reader.starts.get(run) ?? -1;
    expect(at).toBeGreaterThanOrEqual(reader.bodyLength);
    expect(reader.text.slice(at, at + runText(run).length)).toBe(runText(run));
  }
}

function checkBlocks(body: DocumentBody, core: TextLayout): void {
  const owns = body.blocks.map((b) => blocksText([b]));
  expect(core.text).toBe(owns.filter((s) => s !== '').join('\n\n'));
  const starts = owns.map((own, i) => {
    const at = core.blockStarts[i] ?? NaN;
    return own === '' ? -1 : core.text.startsWith(own, at) ? at : NaN;
  });
  expect(core.blockStarts).toEqual(starts);
}

function checkPages(body: DocumentBody, core: TextLayout, reader: TextLayout): void {
  expect(core.pages.map((p) => p.n)).toEqual(pageMarkers(body.blocks));
  const offsets = core.pages.map((p) => p.offset);
  expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  for (const o of offsets) expect(o >= 0 && o <= core.bodyLength + 2).toBe(true);
  // A page marker next to a text run is at that run's edge.
  const queue = [...core.pages];
  const misplaced: string[] = [];
  for (const list of findRuns(body.blocks).lists) {
    list.forEach((item, i) => {
      if (!isObject(item) || item.t !== 'page') return;
      const next = list[i + 1];
      const prev = list[i - 1];
      const at = isTextRun(next) && runText(next) !== '' ? core.starts.get(next) : isTextRun(prev) ? (core.starts.get(prev) ?? NaN) + runText(prev).length : undefined;
      if (at !== undefined && !queue.some((p) => p.n === item.n && p.offset === at)) misplaced.push(`${String(item.n)} expected at ${at}`);
    });
  }
  expect(misplaced).toEqual([]);
  const disagree: string[] = [];
  for (const i of probes(core.bodyLength - 1)) {
    const page = core.pages.filter((p) => p.offset <= i).at(-1)?.n ?? 'start';
    if (pageAt(core, i, 'start') !== page) disagree.push(`${i}: core says ${pageAt(core, i, 'start')}`);
    const cited = pageRange(body, placement('start'), { start: i, end: i + 1 })?.first.n;
    if (pageAt(reader, i, 'start') !== page || cited !== page) disagree.push(`${i}: ${page} / ${pageAt(reader, i, 'start')} / ${cited}`);
  }
  expect(disagree, 'page at offset: core, reader, citations').toEqual([]);
}

function checkQuotes(core: TextLayout, reader: TextLayout): void {
  const plain = core.text;
  const bad: number[] = [];
  for (const s of probes(plain.length)) {
    const e = Math.min(plain.length, s + 1 + (s % 7));
    const q = quoteAt(plain, s, e);
    const r = quoteAt(reader.text, s, e, reader.bodyLength);
    const whole = plain.slice(Math.max(0, s - 32), Math.min(plain.length, e + 32));
    if (JSON.stringify(q) !== JSON.stringify(r) || q.prefix + q.exact + q.suffix !== whole || q.exact !== plain.slice(s, e)) bad.push(s);
  }
  expect(bad, 'quote at offset: core and reader').toEqual([]);
}

/** Checks the agreement; with `expected`, also that the text is what the rule (src-shared/text/walk.ts) says. */
export function checkAgreement(body: DocumentBody, expected?: string): TextLayout {
  const plain = bodyText(body);
  if (expected !== undefined) expect(plain).toBe(expected);
  const core = textLayout(body);
  const reader = anchorFor(body);
  expect(core.text).toBe(plain);
  expect(core.bodyLength).toBe(plain.length);
  expect(reader.text.slice(0, reader.bodyLength)).toBe(plain);
  expect(reader.text.slice(reader.bodyLength)).toBe(body.footnotes.map((n) => `\n\n${inlineText(n.runs)}`).join(''));
  expect(reader.blockStarts).toEqual(core.blockStarts);
  expect(reader.pages).toEqual(core.pages);
  checkRuns(body, core, reader);
  checkBlocks(body, core);
  checkPages(body, core, reader);
  checkQuotes(core, reader);
  return core;
}
