import type { Extent, Redaction, RedactionKind } from './redactions';

const WHAT: Record<RedactionKind, string> = {
  'not declassified': 'Still withheld: source text not declassified',
  omitted: 'Omitted by the editors',
  'not printed': 'Not printed in this edition',
  gap: 'Gap in the edition’s text',
  garbled: 'Garbled or missing in transmission (in the original)',
};

const FRACTION: Record<string, string> = { '0.5': '½', '0.25': '¼', '0.75': '¾' };

export function formatExtent(e: Extent): string {
  const whole = Math.floor(e.quantity);
  const frac = FRACTION[String(e.quantity - whole)] ?? '';
  const n = `${whole > 0 || !frac ? whole : ''}${frac}`;
  const unit = e.quantity === 1 ? e.unit.replace(/s$/, '') : e.unit;
  const lines = e.lines !== undefined ? ` (${e.lines} lines)` : '';
  return `${e.lessThan ? 'less than ' : ''}${n} ${unit}${lines}`;
}

/** What a marker is, in a sentence: the reader's tooltip and the PDF's legend. */
export function describeRedaction(r: Redaction): string {
  const extent = r.extent ? ` — ${formatExtent(r.extent)}` : '';
  const where = r.footnote !== undefined ? ` (in footnote ${r.footnote})` : '';
  return `${WHAT[r.kind]}${extent}${where}`;
}
