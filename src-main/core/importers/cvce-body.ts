/**
 * The opening lines of a CVCE text ("T. Nos 4597 to 4600.", the dateline,
 * "(Received: 6 p.m.)") and its closing footnotes ("(1) Of all …").
 */
import type { Block, DateValue, Footnote, Inline } from '../../../src-shared/model/document';
import { inlineText } from '../../../src-shared/text/plain-text';
import { MONTH_PATTERN, clockTime, parseFullDate } from './dates';

export interface Opening {
  docNumber?: string;
  place?: string;
  date?: DateValue;
  received?: string;
}

/**
 * Reads the leading paragraphs that are telegram numbers, datelines or
 * received lines (stopping at the first other one); the dateline and received
 * paragraphs get role 'dateline' and stay in the body.
 */
export function readOpening(blocks: readonly Block[]): { blocks: Block[]; opening: Opening } {
  const opening: Opening = {};
  let reading = true;
  const out = blocks.map((block): Block => {
    if (!reading || block.t !== 'paragraph') return block;
    const text = inlineText(block.runs).trim();
    const numbers = telegramNumbers(text);
    const dateline = opening.date ? undefined : parseDateline(text);
    const received = receivedTime(text);
    if (numbers) opening.docNumber = numbers;
    if (dateline) Object.assign(opening, dateline);
    if (received) opening.received = received;
    reading = numbers !== undefined || dateline !== undefined || received !== undefined;
    return dateline || received ? { ...block, role: 'dateline' } : block;
  });
  return { blocks: out, opening };
}

/** "T. Nos 4597 to 4600." → "4597–4600"; "Tel. No 12." → "12". */
export function telegramNumbers(text: string): string | undefined {
  const m = /^T(?:el|él)?\.\s*N(?:o|os|°)\.?\s*(\d+)(?:\s*(?:to|à|-|–)\s*(\d+))?\.?$/i.exec(text);
  if (!m?.[1]) return undefined;
  return m[2] ? `${m[1]}–${m[2]}` : m[1];
}

const DATELINE = new RegExp(
  `^([A-Z][\\p{L} .'-]*?),\\s+(\\d{1,2} ${MONTH_PATTERN} \\d{4}|${MONTH_PATTERN} \\d{1,2}, \\d{4})(?:,\\s*(.+?))?\\.?$`, 'u',
);

/** "Moscow, 16 November 1956, 5.50 p.m." → place and date-time. */
export function parseDateline(text: string): { place: string; date: DateValue } | undefined {
  const m = DATELINE.exec(text);
  const iso = parseFullDate(m?.[2] ?? '');
  if (!m?.[1] || !iso) return undefined;
  const time = m[3] ? clockTime(m[3]) : undefined;
  if (m[3] && !time) return undefined; // something other than a time follows: not a dateline
  return { place: m[1], date: { start: time ? `${iso}T${time}` : iso } };
}

/** "(Received: 6 p.m.)" → "18:00". */
export function receivedTime(text: string): string | undefined {
  const m = /^\(Received:?\s*(.+?)\)\.?$/i.exec(text);
  if (!m?.[1]) return undefined;
  const parts = m[1].split(/,\s*/);
  const time = clockTime(parts[parts.length - 1] ?? '');
  return time ?? m[1].trim();
}

const NOTE_HEAD = /^\s*\((\d{1,3}|\*{1,3}|[a-z])\)\s*/;

/**
 * The footnotes close the text: from the last paragraph that opens with the
 * first referenced label, e.g. "(1) Of all …". Searching from the end keeps
 * numbered points in the body ("(1) First, …") in the body.
 */
export function footnoteStart(blocks: readonly Block[], firstLabel: string | undefined): number {
  if (firstLabel === undefined) return blocks.length;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b?.t === 'paragraph' && NOTE_HEAD.exec(inlineText(b.runs))?.[1] === firstLabel) return i;
  }
  return blocks.length;
}

/** Footnote paragraphs → footnotes; a paragraph without a label continues the previous note. */
export function footnotes(blocks: readonly Block[], noteId: (label: string) => string): Footnote[] {
  const notes: Footnote[] = [];
  for (const b of blocks) {
    if (b.t !== 'paragraph') continue;
    const label = NOTE_HEAD.exec(inlineText(b.runs))?.[1];
    const last = notes[notes.length - 1];
    if (label !== undefined) notes.push({ id: noteId(label), label, runs: stripHead(b.runs) });
    else if (last) last.runs.push({ t: 'lineBreak' }, ...b.runs);
  }
  return notes;
}

function stripHead(runs: readonly Inline[]): Inline[] {
  const [first, ...rest] = runs;
  if (first?.t !== 'text') return [...runs];
  const text = first.text.replace(NOTE_HEAD, '');
  return text === '' ? rest : [{ ...first, text }, ...rest];
}
