const COPIED = [
  'boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight',
  'textTransform', 'wordSpacing', 'tabSize',
] as const;

/** Where the caret at `index` sits inside a textarea (px from its top-left, before scrolling). */
export function caretPosition(area: HTMLTextAreaElement, index: number): { top: number; left: number; height: number } {
  const mirror = document.createElement('div');
  const style = window.getComputedStyle(area);
  for (const p of COPIED) mirror.style[p] = style[p];
  mirror.style.position = 'absolute';
  mirror.style.visibility = 'hidden';
  mirror.style.whiteSpace = 'pre-wrap';
  mirror.style.overflowWrap = 'break-word';
  mirror.style.top = '0';
  mirror.style.left = '-9999px';
  mirror.textContent = area.value.slice(0, index);
  const marker = document.createElement('span');
  marker.textContent = '\u200b';
  mirror.appendChild(marker);
  // The rest of the word being typed wraps with it, as in the textarea: "[[" alone might fit on a line "[[Francis" does not.
  mirror.appendChild(document.createTextNode(/^\S*/.exec(area.value.slice(index))?.[0] ?? ''));
  document.body.appendChild(mirror);
  const pos = { top: marker.offsetTop - area.scrollTop, left: marker.offsetLeft, height: marker.offsetHeight };
  mirror.remove();
  return pos;
}
