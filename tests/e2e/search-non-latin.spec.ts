import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { importFolder, screenshot } from './reader-flow';

test('Greek and Russian documents are found typed with or without accents, and the word is marked as printed', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  const root = mkdtempSync(join(tmpdir(), 'chancery-non-latin-'));
  writeFileSync(join(root, 'athens.txt'), 'Η σοφία του λόγου. Ο Πρέσβυς έγραψε από την Αθήνα για την οδό προς τον Πειραιά.\n');
  writeFileSync(join(root, 'moscow.txt'), 'Телеграмма из Москвы. Май 1918 года: Российской делегации нет.\n');
  await importFolder(page, root);

  const search = page.getByRole('combobox', { name: 'Search the library' });
  const hits = page.locator('#hits .hit:not(.placeholder)');
  await search.fill('σοφια Αθηνα');
  await expect(hits).toHaveCount(1);
  await expect(hits.first().locator('.snippet mark')).toHaveText(['σοφία', 'Αθήνα']);
  await screenshot(page, 'search-greek-without-accents');

  await search.fill('май российской');
  await expect(hits.first().locator('.snippet mark').first()).toHaveText('Май');
  await expect(hits).toHaveCount(1);
  await expect(hits.first().locator('.snippet mark')).toHaveText(['Май', 'Российской']);
});
