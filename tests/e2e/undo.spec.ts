import type { Page } from '@playwright/test';
import { openFromList } from './annotate-flow';
import { expect, test } from './fixtures';
import { CAFFERY, screenshot } from './reader-flow';

const DEJEAN = 'Letter from Maurice Dejean to Christian Pineau (Moscow, 16 November 1956)';
const COMMENTARY = 'Dejean reports Khrushchev’s threats over Suez: read against the Caffery telegram.';

test.beforeEach(async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
});

async function dossierWith(page: Page, title: string, docs: string[]): Promise<void> {
  await page.getByRole('tab', { name: /Dossiers/ }).click();
  await page.getByRole('button', { name: 'New dossier' }).click();
  await page.getByRole('textbox', { name: 'Title of the new dossier' }).fill(title);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('tab', { name: 'Library' }).click();
  for (const doc of docs) {
    const row = page.locator('.doc-row', { hasText: doc });
    await row.hover();
    await row.getByRole('button', { name: 'Add to dossier…' }).click();
    await page.getByRole('dialog', { name: 'Add to dossier' }).getByRole('button', { name: title }).click();
    await expect(page.locator('.toast').last()).toContainText(/1 document added/);
  }
  await page.getByRole('tab', { name: /Dossiers/ }).click();
  await page.locator('.dossier-row', { hasText: title }).locator('.dossier-open').click();
}

test('remove a dossier item with commentary, then Undo brings it back with its commentary; the trash lists a deleted dossier', async ({ page }) => {
  await dossierWith(page, 'Suez and Paris', [CAFFERY, DEJEAN]);
  const editor = page.locator('.dossier-editor');
  await expect(editor.locator('.item-title')).toHaveText([CAFFERY, DEJEAN]);
  const item = editor.locator('.dossier-item', { hasText: DEJEAN });
  const commentary = item.getByRole('textbox', { name: /Commentary on/ });
  await commentary.fill(COMMENTARY);
  await expect(item.locator('.note-status')).toHaveText('Saved');

  await item.getByRole('button', { name: 'Remove' }).click();
  await expect(editor.locator('.item-title')).toHaveText([CAFFERY]);
  const toast = page.locator('.toast').last();
  await expect(toast).toContainText(`Removed “${DEJEAN.slice(0, 57)}…” and its commentary`);
  await screenshot(page, 'undo-item-removed');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(editor.locator('.item-title')).toHaveText([CAFFERY, DEJEAN]);
  await expect(editor.locator('.dossier-item', { hasText: DEJEAN }).getByRole('textbox', { name: /Commentary on/ })).toHaveValue(COMMENTARY);

  // Delete the whole dossier (after a question), then find it in the trash and restore it.
  const row = page.locator('.dossier-row', { hasText: 'Suez and Paris' });
  await row.getByRole('button', { name: /Delete/ }).click();
  await expect(row.locator('.dossier-confirm')).toContainText('restorable for 30 days');
  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.locator('.dossier-row')).toHaveCount(0);
  await page.locator('.toast .icon-button').first().click();
  await page.getByRole('button', { name: 'Trash' }).click();
  const trash = page.getByRole('dialog', { name: 'Trash' });
  const entry = trash.locator('.trash-entry', { hasText: 'Suez and Paris' });
  await expect(entry).toContainText('2 documents · 1 commentary');
  await expect(trash).toContainText('kept 30 days');
  await screenshot(page, 'undo-trash');
  await entry.getByRole('button', { name: 'Restore' }).click();
  await expect(trash).toContainText('The trash is empty.');
  await page.keyboard.press('Escape');
  await expect(page.locator('.dossier-row', { hasText: 'Suez and Paris' })).toContainText('2 documents');
});

test('a note’s History shows the earlier version, and Restore puts it back', async ({ page }) => {
  const first = 'Caffery sees the strikes as a test of strength ordered from Moscow; the Communists will not retreat before the winter.';
  await openFromList(page, CAFFERY);
  const note = page.getByRole('textbox', { name: /Note for this document/ });
  await expect(note).toBeEditable();
  await note.fill(first);
  await expect(page.locator('.note-editor .note-status')).toHaveText('Saved');
  // Replacing most of the text keeps the version before it, however recent.
  await note.fill('Strikes.');
  await expect(page.locator('.note-editor .note-status')).toHaveText('Saved');

  await page.locator('.note-editor').getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: /History of/ });
  const versions = history.getByRole('list', { name: 'Versions' }).getByRole('button');
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('Current');
  await versions.nth(1).click();
  await expect(history.getByTestId('revision-body')).toHaveText(first);
  await screenshot(page, 'undo-history');
  await versions.first().click();
  await expect(history.getByTestId('revision-body').locator('del').first()).toBeVisible();
  await screenshot(page, 'undo-history-changes');
  await versions.nth(1).click();
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(history).toBeHidden();
  await expect(note).toHaveValue(first);
  // Restoring added a version; the one it replaced is still there.
  await page.locator('.note-editor').getByRole('button', { name: 'History' }).click();
  await expect(versions).toHaveCount(3);
  await expect(versions.first()).toContainText('Current · restored');
  await expect(versions.nth(1)).toContainText('word');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByRole('textbox', { name: /Note for this document/ })).toHaveValue(first);
});

/** Calls the host's API from the page, as the renderer does in browser mode. */
async function callApi(page: Page, name: string, arg: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ name, arg }) => {
      // The page keeps browser mode's token in sessionStorage and sends it in a header (no cookie).
      const token = sessionStorage.getItem('chancery.token') ?? '';
      const r = await fetch(`/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-chancery-token': token }, body: JSON.stringify(arg) });
      const reply = (await r.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
      if (!reply.ok) throw new Error(reply.error?.message ?? 'failed');
      return reply.data;
    },
    { name, arg },
  );
}

test('what was written on a deleted document is listed in the trash with its text', async ({ page }) => {
  const docs = (await callApi(page, 'library.list', {})) as Array<{ id: number; title: string }>;
  const id = docs.find((d) => d.title === CAFFERY)?.id ?? 0;
  const phrase = 'Thorez himself told them that they must not retreat';
  // The core finds the quote in the text whatever the offsets say.
  await callApi(page, 'highlights.create', { docId: id, color: 'pink', comment: 'Moscow’s line, not Thorez’s.', anchor: { quote: { exact: phrase }, position: { start: 0, end: phrase.length } } });
  await callApi(page, 'notes.save', { docId: id, body: 'A test of strength ordered from Moscow.' });
  await callApi(page, 'library.delete', { ids: [id] });

  await page.reload();
  await page.getByRole('tab', { name: 'Research notes' }).click();
  await page.getByRole('button', { name: 'Trash' }).click();
  const entry = page.getByRole('dialog', { name: 'Trash' }).locator('.trash-entry', { hasText: CAFFERY });
  await expect(entry.locator('.trash-kind')).toHaveText('Annotations of a deleted document');
  await expect(entry.locator('.trash-highlight q')).toHaveText(phrase);
  await expect(entry.locator('.trash-comment')).toHaveText('Moscow’s line, not Thorez’s.');
  await expect(entry).toContainText(`its note kept as “${CAFFERY}”`);
  await expect(entry).toContainText('Comes back attached to the document when you import it again.');
  const download = page.waitForEvent('download');
  await entry.getByRole('button', { name: 'Download as Markdown' }).click();
  expect((await download).suggestedFilename()).toMatch(/annotations\.md$/);
  await screenshot(page, 'undo-trash-document');
});
