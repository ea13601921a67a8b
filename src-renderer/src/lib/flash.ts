/** Scroll an element of the reader into view and highlight it briefly. */
export function flashElement(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.classList.remove('flash');
  // Restart the animation when the same target is flashed twice.
  void el.offsetWidth;
  el.classList.add('flash');
  window.setTimeout(() => el.classList.remove('flash'), 1600);
  if (el instanceof HTMLElement) el.focus({ preventScroll: true });
}
