import { expect, test } from './fixtures';
import { LEAHY, newResearchNote, openFromList, pane, selectWithMouse } from './annotate-flow';
import { CAFFERY, screenshot } from './reader-flow';

/** After the printed page break [Page 811] of the seed telegram. */
const PHRASE = 'the party will be declared';

test.beforeEach(async ({ page, host, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
});

test('select text → highlight with a comment; it survives a reload and is listed in the notes pane', async ({ page }) => {
  await openFromList(page, CAFFERY);
  const reader = pane(page, 0);
  await expect(reader.locator('h1.doc-title')).toContainText(CAFFERY);

  await selectWithMouse(page, 0, PHRASE);
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' });
  await expect(toolbar).toBeVisible();
  await screenshot(page, 'annotate-selection-toolbar');
  await toolbar.getByRole('button', { name: 'Comment' }).click();

  const mark = reader.locator('mark.hl');
  await expect(mark).toHaveText(PHRASE);
  await expect(mark).toHaveClass(/hl-yellow/);
  const card = page.getByRole('dialog', { name: 'Highlight' });
  const comment = card.getByRole('textbox', { name: /Comment on the highlight/ });
  await expect(comment).toBeFocused();
  await comment.pressSequentially('Shock troops: compare *Leahy 1941* on the occupied zone.', { delay: 5 });
  await expect(card.locator('.comment-status')).toHaveText('Saved');
  await card.getByRole('button', { name: 'Colour: green' }).click();
  await expect(mark).toHaveClass(/hl-green/);
  await screenshot(page, 'annotate-highlight-card');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();

  await page.reload();
  const again = pane(page, 0).locator('mark.hl');
  await expect(again).toHaveText(PHRASE);
  await expect(again).toHaveClass(/hl-green/);
  const item = page.locator('.hl-item');
  await expect(item).toHaveCount(1);
  await expect(item.locator('q')).toHaveText(PHRASE);
  await expect(item.locator('.md-preview em')).toHaveText('Leahy 1941');
  await expect(item.locator('.hl-page')).toHaveText('p. 811');
  await item.locator('.hl-quote').click();
  await expect(again).toHaveClass(/flash/);
  await expect(again).toBeInViewport();
  await screenshot(page, 'annotate-highlight-listed');

  // Delete, then undo from the toast.
  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.hl-item')).toHaveCount(0);
  await expect(pane(page, 0).locator('mark.hl')).toHaveCount(0);
  await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.hl-item')).toHaveCount(1);
  await expect(pane(page, 0).locator('mark.hl')).toHaveText(PHRASE);
});

test('two documents side by side: resize, swap, and the layout survives a reload', async ({ page }) => {
  await openFromList(page, CAFFERY);
  await openFromList(page, LEAHY, true);
  await expect(page.locator('.reader-pane')).toHaveCount(2);
  await expect(pane(page, 0).locator('h1.doc-title')).toContainText(CAFFERY);
  await expect(pane(page, 1).locator('h1.doc-title')).toContainText(LEAHY);
  await screenshot(page, 'side-by-side');

  const divider = page.getByRole('separator', { name: 'Resize the reader panes' });
  await expect(divider).toHaveAttribute('aria-valuenow', '50');
  const box = await divider.boundingBox();
  if (!box) throw new Error('no divider');
  await page.mouse.move(box.x + box.width / 2, box.y + 300);
  await page.mouse.down();
  await page.mouse.move(box.x - 120, box.y + 300, { steps: 6 });
  await page.mouse.up();
  const dragged = Number(await divider.getAttribute('aria-valuenow'));
  expect(dragged).toBeLessThan(45);
  await divider.press('ArrowRight');
  await expect(divider).toHaveAttribute('aria-valuenow', String(dragged + 2));

  // Alt+S swaps the panes; the notes follow the active pane.
  await pane(page, 0).locator('.reader-scroll').click({ position: { x: 30, y: 200 } });
  await page.keyboard.press('Alt+s');
  await expect(pane(page, 0).locator('h1.doc-title')).toContainText(LEAHY);
  await expect(pane(page, 1).locator('h1.doc-title')).toContainText(CAFFERY);
  await expect(page.locator('.notes-doc')).toHaveText(CAFFERY);

  await page.reload();
  await expect(pane(page, 0).locator('h1.doc-title')).toContainText(LEAHY);
  await expect(pane(page, 1).locator('h1.doc-title')).toContainText(CAFFERY);
  await expect(divider).toHaveAttribute('aria-valuenow', String(dragged + 2));

  // Notes can sit left of the readers, or be hidden.
  await page.getByRole('radio', { name: 'Notes on the left' }).click();
  const notesBox = await page.locator('.pane-notes').boundingBox();
  const readerBox = await pane(page, 0).boundingBox();
  expect(notesBox && readerBox && notesBox.x < readerBox.x).toBe(true);
  await screenshot(page, 'side-by-side-notes-left');
  await page.getByRole('radio', { name: 'Hide the notes' }).click();
  await expect(page.locator('.pane-notes')).toHaveCount(0);

  await pane(page, 1).getByRole('button', { name: 'Close this pane' }).click();
  await expect(page.locator('.reader-pane')).toHaveCount(1);
  await expect(pane(page, 0).locator('h1.doc-title')).toContainText(LEAHY);
});

test('a research note links to a document with [[ and the link opens it', async ({ page }) => {
  await openFromList(page, CAFFERY);
  const body = await newResearchNote(page, 'French Communists, 1941–1947');
  await body.click();
  await body.pressSequentially('Vichy breaks with Moscow: [[Leah', { delay: 10 });
  const suggest = page.getByRole('listbox', { name: 'Link to a document' });
  await expect(suggest.getByRole('option').first()).toContainText('Leahy');
  await screenshot(page, 'research-note-autocomplete');
  await body.press('Enter');
  await expect(body).toHaveValue(/Vichy breaks with Moscow: \[\[doc:\d+\|The Ambassador in France \(Leahy\) to the Secretary of State\]\]$/);
  await body.pressSequentially(' — then compare *Caffery*.', { delay: 5 });
  await expect(page.locator('.research-bar .note-status')).toHaveText('Saved');
  const link = page.locator('.note-preview a.doc-ref');
  await expect(link).toHaveText(LEAHY);
  await screenshot(page, 'research-note');

  // Export: every note as Markdown, downloaded (several notes come as one combined file).
  await page.getByRole('button', { name: '← All notes' }).click();
  await expect(page.locator('.research-row')).toHaveCount(1);
  await screenshot(page, 'research-notes-list');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export notes…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.md$/);
  const stream = await file.createReadStream();
  let exported = '';
  for await (const chunk of stream) exported += String(chunk);
  expect(exported).toContain('Vichy breaks with Moscow');
  await page.locator('.research-row').click();

  await link.click();
  await expect(pane(page, 0).locator('h1.doc-title')).toContainText(LEAHY);
  // The cited document knows the note cites it.
  await page.getByRole('tab', { name: 'This document' }).click();
  await expect(page.getByRole('button', { name: /Cited in 1 note/ })).toBeVisible();

  // Notes are found by the search, under their own facet.
  await page.getByRole('combobox', { name: 'Search the library' }).fill('Vichy');
  await expect(page.getByRole('button', { name: /Notes 1/ })).toBeVisible();
  await expect(page.locator('.note-hit .hit-title')).toHaveText('French Communists, 1941–1947');
  await screenshot(page, 'search-notes-facet');
});

test('find in the document: count, next, Escape', async ({ page }) => {
  await openFromList(page, CAFFERY);
  await pane(page, 0).locator('.reader-scroll').click({ position: { x: 20, y: 300 } });
  await page.keyboard.press('Control+f');
  const input = page.getByRole('textbox', { name: 'Find in this document' });
  await expect(input).toBeFocused();
  await input.fill('interior ministry');
  const count = page.locator('.find-count');
  await expect(count).toHaveText(/^1 of \d+$/);
  const total = Number((await count.textContent())?.split(' of ')[1]);
  expect(total).toBeGreaterThan(3);
  await expect(pane(page, 0).locator('mark.find-hit')).toHaveCount(total);
  await input.press('Enter');
  await input.press('Enter');
  await expect(count).toHaveText(`3 of ${total}`);
  const current = pane(page, 0).locator('mark.find-hit.current');
  await expect(current).toHaveText(/interior ministry/i);
  await expect(current).toBeInViewport();
  await screenshot(page, 'find-in-document');
  await input.press('Shift+Enter');
  await expect(count).toHaveText(`2 of ${total}`);
  // Diacritics and case do not matter.
  await input.fill('PRÉFECTURES');
  await expect(count).toHaveText('1 of 1');
  await input.press('Escape');
  await expect(input).toBeHidden();
  await expect(pane(page, 0).locator('mark.find-hit')).toHaveCount(0);
  await expect(pane(page, 0).locator('.footnotes')).toContainText('Not printed.');
});

test('edit the date: shown as edited with the imported value beneath, and revert', async ({ page }) => {
  await openFromList(page, CAFFERY);
  const header = pane(page, 0).locator('.doc-header');
  // The row labelled Date (the Source panel's file numbers say "dated" too).
  const dateRow = header.locator('.meta-row').filter({ has: page.locator('dt', { hasText: /^Date$/ }) });
  await expect(dateRow).toContainText('3 December 1947');
  await dateRow.hover();
  await dateRow.getByRole('button', { name: 'Edit date' }).click();
  const input = dateRow.getByRole('textbox', { name: 'Date (edit)' });
  await expect(input).toHaveValue('1947-12-03');
  await input.fill('1947-12-02');
  await input.press('Enter');
  await expect(dateRow.locator('.meta-value')).toContainText('2 December 1947');
  await expect(dateRow.locator('.prov-tag')).toHaveText('edited');
  await expect(dateRow.locator('.imported-value')).toContainText(/imported: 3 December 1947 \(inferred from .+\)/);
  await screenshot(page, 'metadata-edited');

  await page.reload();
  await expect(dateRow.locator('.prov-tag')).toHaveText('edited');
  await dateRow.getByRole('button', { name: 'Revert' }).click();
  await expect(dateRow.locator('.meta-value')).toContainText('3 December 1947');
  await expect(dateRow.locator('.imported-value')).toHaveCount(0);

  // Cite: the copied text is shown too.
  await pane(page, 0).getByRole('button', { name: 'Cite this document' }).click();
  await page.getByRole('menuitem', { name: 'Copy Chicago citation' }).click();
  await expect(page.locator('.citation-status')).toHaveText('Copied');
  await expect(page.locator('.citation-text')).toContainText('Caffery');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await expect(page.locator('.citation-text')).toHaveText(copied);
  await screenshot(page, 'cite-menu');
});
