/**
 * A synthetic archive of N documents made from the real FRUS volumes: each
 * keeps a real document's metadata (title, parties, place, classification,
 * volume) with its date shifted, and gets ~2,000 characters of paragraphs
 * recombined from several real documents, with ~8 % of the words swapped for
 * other words of the corpus vocabulary and numbers perturbed, so documents
 * are distinct while the vocabulary stays real.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withApparatus } from '../../src-main/core/importers/apparatus';
import { importTei } from '../../src-main/core/importers/tei';
import type { Block, ImportedDocument } from '../../src-shared/model/document';
import { bodyText } from '../../src-shared/text/plain-text';

const CORPUS = resolve(import.meta.dirname, '../fixtures/corpus');
export const VOLUMES = ['frus1894Nicaragua.xml', 'frus1918Russiav03.xml', 'frus1936v03.xml'].map((f) => join(CORPUS, f));

const TARGET_CHARS = 2000;
const SWAP_RATE = 0.08;

/** Deterministic, so every run measures the same archive. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Sources {
  docs: ImportedDocument[];
  paragraphs: string[];
  vocabulary: string[];
}

export async function loadSources(): Promise<Sources> {
  const docs: ImportedDocument[] = [];
  for (const file of VOLUMES) await importTei({ name: file, chunks: [readFileSync(file)] }, (d) => docs.push(withApparatus(d, () => undefined)));
  const paragraphs: string[] = [];
  for (const d of docs) for (const p of bodyText(d.body).split(/\n+/)) if (p.length >= 80) paragraphs.push(p.replace(/\s+/g, ' '));
  const vocab = new Set<string>();
  for (const p of paragraphs) for (const w of p.match(/\p{L}{3,}/gu) ?? []) vocab.add(w.toLowerCase());
  return { docs, paragraphs, vocabulary: [...vocab] };
}

function perturb(text: string, vocab: string[], rand: () => number): string {
  return text
    .replace(/\p{L}{3,}/gu, (w) => (rand() < SWAP_RATE ? (vocab[Math.floor(rand() * vocab.length)] ?? w) : w))
    .replace(/\d+/g, (n) => (rand() < 0.5 ? String(Math.floor(rand() * 10 ** n.length)) : n));
}

function shiftDate(date: string, rand: () => number): string {
  const m = /^(\d{4})(-\d{2}-\d{2})?/.exec(date);
  if (!m) return date;
  const year = Number(m[1]) + Math.floor(rand() * 40) - 10;
  if (!m[2]) return String(year);
  const d = new Date(Date.UTC(year, 0, 1) + Math.floor(rand() * 365) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Document `i` of the synthetic archive. */
export function makeDocument(src: Sources, i: number): ImportedDocument {
  const rand = rng(i + 1);
  const base = src.docs[i % src.docs.length] ?? src.docs[0];
  if (!base) throw new Error('empty corpus');
  const paras: string[] = [];
  let chars = 0;
  while (chars < TARGET_CHARS) {
    const p = src.paragraphs[Math.floor(rand() * src.paragraphs.length)] ?? '';
    const cut = p.length > 900 ? p.slice(0, 600 + Math.floor(rand() * 300)) : p;
    paras.push(perturb(cut, src.vocabulary, rand));
    chars += cut.length;
  }
  const blocks: Block[] = paras.map((text) => ({ t: 'paragraph', runs: [{ t: 'text', text }] }));
  const date = base.meta.date ? { ...base.meta.date, value: { start: shiftDate(base.meta.date.value.start, rand) } } : undefined;
  const meta = { ...base.meta, ...(date ? { date } : {}) };
  const placement = base.placement ? { ...base.placement, sourceId: `${base.placement.sourceId}-s${i}`, parentSourceId: undefined } : undefined;
  return { key: `scale:${i}`, format: 'tei', meta, body: { blocks, footnotes: [] }, ...(placement ? { placement } : {}) };
}
