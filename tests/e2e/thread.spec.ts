import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importCorpusVolume, screenshot } from './reader-flow';

const VOLUME = 'frus1918Russiav03.xml';
const importVolume = (page: Page): Promise<void> => importCorpusVolume(page, VOLUME);

/**
 * The conversation of April 1917 on a Treasury loan, as the linkers will
 * record it (written straight into the links tables): Francis's 1161 answers
 * the Department's 1295, and so on down to his 1212.
 */
function linkTheLoanTelegrams(libraryDir: string): void {
  const db = new Database(join(libraryDir, 'library.sqlite'));
  try {
    // The panel is tested on a known five-telegram thread, not on the links the import found in the whole volume.
    db.exec('DELETE FROM doc_links');
    const id = (n: number): number => db.prepare("SELECT id FROM documents WHERE source_id = ? AND collection_id LIKE 'frus1918%'").pluck().get(`d${n}`) as number;
    const link = (from: number, to: number, basis: 'text' | 'editorial'): void => {
      const { lastInsertRowid } = db
        .prepare("INSERT INTO doc_links (source_id, start, end, text, basis, status, why) VALUES (?, 0, 9, 'Your 1295', ?, 'resolved', 'e2e')")
        .run(id(from), basis);
      db.prepare('INSERT INTO doc_link_targets (link_id, rank, target_id) VALUES (?, 0, ?)').run(lastInsertRowid, id(to));
    };
    link(2, 1, 'text');
    link(3, 2, 'text');
    link(4, 3, 'text');
    link(5, 4, 'editorial');
  } finally {
    db.close();
  }
}

test('a telegram on one clock, its thread, one entry in the other pane, the whole thread into a dossier', async ({ page, host }) => {
  test.setTimeout(150_000);
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  await importVolume(page);
  linkTheLoanTelegrams(host.libraryDir);

  await page.getByRole('combobox', { name: 'Search the library' }).fill('"Had two conferences with Minister of Finance"');
  await page.locator('#hits .hit').first().click();
  const left = page.locator('.reader-pane').first();
  await expect(left.locator('h1.doc-title')).toHaveText('The Ambassador in Russia (Francis) to the Secretary of State');

  // Sent at noon in Petrograd, received 7.45 p.m. in Washington two days later: both on UTC, and the transit.
  const clock = left.locator('.clock-line');
  await expect(clock.locator('.clock-times')).toContainText('Sent Petrograd, 6 April 1917, 12:00 (09:28 UTC)');
  await expect(clock.locator('.clock-times')).toContainText('Received Washington, 8 April 1917, 19:45 (9 April, 00:45 UTC)');
  await expect(clock.locator('.clock-times')).toContainText('In transit 2 d 15 h 16 min');
  await clock.getByText('How the time zones were inferred').click();
  await expect(clock.locator('.clock-prov')).toContainText('time zone inferred from the dateline place Petrograd: Europe/Moscow, UTC+02:31:19 in 1917');

  // The thread, in order of sending, this document marked.
  const panel = left.locator('.thread-panel:not(.related-panel)');
  await expect(panel.locator('.thread-count')).toHaveText('5 documents, in order of sending');
  const entries = panel.locator('.thread-entry');
  await expect(entries).toHaveCount(5);
  await expect(entries.locator('.thread-when')).toHaveText([
    /^Washington, 3 April 1917, 18:00/,
    /^Petrograd, 6 April 1917, 12:00/,
    /^Washington, 13 April 1917, 17:00/,
    /^Petrograd, 20 April 1917, 14:00/,
    /^Petrograd, 21 April 1917, 22:00/,
  ]);
  await expect(entries.nth(1)).toHaveAttribute('aria-current', 'true');
  await screenshot(page, 'thread-header');
  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, 'thread-panel');

  // One entry opens in the other pane.
  await entries.nth(3).getByRole('button').click();
  const right = page.locator('.reader-pane[data-pane="1"]');
  await expect(right.locator('.clock-times')).toContainText('Sent Petrograd, 20 April 1917, 14:00');
  await expect(right.locator('.thread-entry[aria-current="true"] .thread-when')).toContainText('20 April 1917');
  await screenshot(page, 'thread-other-pane');

  // The whole thread into a new dossier, in one step.
  await panel.getByRole('button', { name: 'Add thread to dossier' }).click();
  const picker = page.getByRole('dialog', { name: 'Add to dossier' });
  await expect(picker.locator('.picker-head')).toHaveText('Add 5 documents to…');
  await picker.getByRole('button', { name: 'New dossier…' }).click();
  await picker.getByRole('textbox', { name: 'Title of the new dossier' }).fill('The Treasury loan, April 1917');
  await picker.getByRole('button', { name: 'Create' }).click();
  await expect(page.locator('.toast').last()).toContainText('5 documents added to “The Treasury loan, April 1917”');
  await page.locator('.toast').last().getByRole('button', { name: 'Open dossier' }).click();
  await expect(page.locator('.dossier-editor .dossier-item')).toHaveCount(5);
  await screenshot(page, 'thread-dossier');
});
