import { placedTexts } from './dom-anchor';

/** The name of the CSS highlight (styled by `::highlight(occurrence)`). */
const NAME = 'occurrence';

/** A DOM range over the run text [start, end) under `root`, or null when it is not rendered. */
export function rangeOf(root: Element, start: number, end: number): Range | null {
  const texts = placedTexts(root);
  const from = texts.filter((t) => t.at <= start && start < t.at + t.node.length).pop();
  const to = texts.filter((t) => t.at < end && end <= t.at + t.node.length).pop();
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, start - from.at);
  range.setEnd(to.node, end - to.at);
  return range;
}

/**
 * Marks the occurrence a concordance line opened, through the CSS Custom
 * Highlight API: no element is wrapped, so the reader's runs (and the offsets
 * read back from them) stay as they are. One mark at a time, in every pane.
 */
export function markOccurrence(scroller: HTMLElement, start: number, end: number): boolean {
  const body = scroller.querySelector('.doc-body');
  const range = body ? rangeOf(body, start, end) : null;
  if (!range) return false;
  CSS.highlights.set(NAME, new Highlight(range));
  return true;
}

export function clearOccurrence(): void {
  CSS.highlights.delete(NAME);
}
