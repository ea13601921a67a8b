import { diffWords } from 'diff';

export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/** What a version changed from the one before it, word by word. */
export function changesBetween(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((p) => ({ text: p.value, change: p.added ? 'added' : p.removed ? 'removed' : 'same' }));
}

/** A count for the list: "+12 −3 words". */
export function changeSummary(parts: readonly DiffPart[]): string {
  const words = (kind: DiffPart['change']): number =>
    parts.filter((p) => p.change === kind).reduce((n, p) => n + (p.text.match(/\S+/g)?.length ?? 0), 0);
  const added = words('added');
  const removed = words('removed');
  if (added === 0 && removed === 0) return 'no change to the text';
  return [added > 0 ? `+${added}` : '', removed > 0 ? `−${removed}` : ''].filter(Boolean).join(' ') + (added + removed === 1 ? ' word' : ' words');
}
