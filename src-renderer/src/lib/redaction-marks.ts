import type { Redaction } from '@shared/sources/redactions';
import { describeRedaction } from '@shared/sources/describe';
import type { Decoration } from './decorations';

/** Redaction markers as reader decorations, with the sentence their tooltip says. */
export function redactionDecorations(list: readonly Redaction[]): Decoration[] {
  return list.map((r, i) => ({
    start: r.start,
    end: r.end,
    kind: 'redaction' as const,
    id: i,
    redaction: { kind: r.kind, label: describeRedaction(r) },
  }));
}
