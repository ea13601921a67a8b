/** Scroll an element of the reader into view and highlight it briefly. */
export function flashElement(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  restartFlash(el);
  if (el instanceof HTMLElement) el.focus({ preventScroll: true });
}

function restartFlash(el: Element): void {
  el.classList.remove('flash');
  // Restart the animation when the same target is flashed twice.
  void (el as HTMLElement).offsetWidth;
  el.classList.add('flash');
  window.setTimeout(() => el.classList.remove('flash'), 1600);
}

/**
 * Scroll the reader to a highlight and flash it: in the active pane if it shows
 * the highlight, else in any pane. Returns false when it is not on screen anywhere.
 */
export function flashHighlight(id: number): boolean {
  const sel = `mark.hl[data-hl="${id}"]`;
  const marks = Array.from(document.querySelectorAll(`.reader-pane.active ${sel}`));
  const found = marks.length > 0 ? marks : Array.from(document.querySelectorAll(sel));
  const first = found[0];
  if (!first) return false;
  first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const m of found) {
    if (m.closest('.reader-pane') === first.closest('.reader-pane')) restartFlash(m);
  }
  return true;
}

/** Flash a highlight as soon as its document is on screen (after opening it); gives up after a few seconds. */
export function flashWhenShown(id: number): void {
  let tries = 0;
  const attempt = (): void => {
    if (flashHighlight(id) || ++tries > 30) return;
    window.setTimeout(attempt, 150);
  };
  window.setTimeout(attempt, 100);
}
