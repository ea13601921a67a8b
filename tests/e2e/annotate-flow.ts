import { expect, type Locator, type Page } from '@playwright/test';

export const LEAHY = 'The Ambassador in France (Leahy) to the Secretary of State';

/** Open a document from the library list by its title (Alt-click: in the other pane). */
export async function openFromList(page: Page, title: string, other = false): Promise<void> {
  await page.locator('#browse .doc-row', { hasText: title }).click(other ? { modifiers: ['Alt'] } : undefined);
}

export function pane(page: Page, i: 0 | 1): Locator {
  return page.locator(`.reader-pane[data-pane="${i}"]`);
}

/**
 * Select `phrase` in a reader pane's body with the mouse, as a user does: press
 * before its first character and release after its last.
 */
export async function selectWithMouse(page: Page, paneIndex: 0 | 1, phrase: string): Promise<void> {
  const pos = await page.evaluate(
    ({ paneIndex, phrase }) => {
      const body = document.querySelector(`.reader-pane[data-pane="${paneIndex}"] .doc-body`);
      if (!body) throw new Error('no document body');
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.textContent ?? '').indexOf(phrase);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + phrase.length);
        (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const rects = Array.from(range.getClientRects());
        const first = rects[0];
        const last = rects[rects.length - 1];
        if (!first || !last) throw new Error('phrase not laid out');
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      throw new Error(`"${phrase}" not found in the text`);
    },
    { paneIndex, phrase },
  );
  await page.mouse.move(pos.x1, pos.y1);
  await page.mouse.down();
  await page.mouse.move((pos.x1 + pos.x2) / 2, (pos.y1 + pos.y2) / 2, { steps: 4 });
  await page.mouse.move(pos.x2, pos.y2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(phrase);
}

/** With a document open, start a research note with this title; returns its Markdown body. */
export async function newResearchNote(page: Page, title: string): Promise<Locator> {
  await page.getByRole('tab', { name: 'Research notes' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('textbox', { name: 'Title of the note' }).fill(title);
  return page.getByRole('textbox', { name: 'Research note (Markdown)' });
}
