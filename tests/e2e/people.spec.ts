import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { importCorpusVolume, screenshot, screenshotDir } from './reader-flow';

test.setTimeout(180_000);

test('a name in the reader, its card, the person page with its years and documents, and the person and classification facets', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  await importCorpusVolume(page, 'frus1918Russiav03.xml');
  const search = page.getByRole('combobox', { name: 'Search the library' });
  const reader = page.locator('article.document');

  // A name the editors linked to their persons list: a link, with a card on hover.
  await search.fill('Kolchak Omsk');
  await page.locator('#hits .hit', { hasText: 'to the Secretary of State' }).first().click();
  const kolchak = reader.locator('a.person-ref[data-person="p_KAV1"]').first();
  await kolchak.scrollIntoViewIfNeeded();
  await kolchak.hover();
  const card = page.getByRole('dialog', { name: /^Person: Kolchak/ });
  await expect(card).toContainText('Kolchak, Admiral Alexander V.');
  await expect(card).toContainText('Listed in the persons list of frus1918Russiav03');
  await expect(card.locator('.person-card-counts')).toContainText(/\d+ named in/);
  await screenshot(page, 'people-hover-card');

  // From the card to the page: who, where from, documents per year by role, the documents.
  // The same from the keyboard: the name takes the focus, the card opens, Tab reaches its button.
  await page.mouse.move(0, 0);
  await expect(card).toBeHidden();
  await kolchak.focus();
  await expect(card).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Open person page' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'People' })).toHaveAttribute('aria-selected', 'true');
  const person = page.getByLabel('Person', { exact: true });
  await expect(person.getByRole('heading', { name: 'Kolchak, Admiral Alexander V.' })).toBeVisible();
  // Bars drawn (named in: the paper tone), not just an empty chart.
  await expect(person.locator('.person-years-chart svg path[fill="#c9b27a"]').first()).toBeVisible();
  await expect(person.locator('.person-years-legend')).toContainText('Named in');
  const docs = person.locator('.person-doc');
  await expect(docs.first()).toBeVisible();
  const all = await docs.count();
  expect(all).toBeGreaterThan(1);
  await screenshot(page, 'people-person-page');
  await person.locator('.person-years').screenshot({ path: join(screenshotDir, 'people-histogram-detail.png') });

  // A year on the histogram narrows the list (from the keyboard: the chart takes ←/→).
  const chart = person.locator('.person-years-chart');
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  await expect(person.getByText(/^Only \d{4}/)).toBeVisible();
  const year = Number(/\d{4}/.exec((await person.locator('.person-year-filter').textContent()) ?? '')?.[0]);
  for (const date of await person.locator('.person-doc-date').allTextContents()) expect(date).toContain(String(year));
  await page.keyboard.press('Escape');
  await expect(docs).toHaveCount(all);

  // A document of the list opens in the reader, the page staying beside it.
  const firstTitle = (await docs.first().locator('.person-doc-title').textContent()) ?? '';
  await docs.first().click();
  await expect(reader.locator('h1.doc-title')).toContainText(firstTitle.replace(/^\d+\.\s*/, '').slice(0, 40));
  await expect(person.getByRole('heading', { name: 'Kolchak, Admiral Alexander V.' })).toBeVisible();

  // The index: filter, open another person; the header's sender links to their page.
  await person.getByRole('button', { name: '← All people' }).click();
  await expect(page.getByRole('option').first()).toBeVisible();
  await screenshot(page, 'people-index');
  await page.getByLabel('Filter people').fill('Francis');
  await page.getByRole('option', { name: /Francis, David R\./ }).click();
  await expect(person.getByRole('heading', { name: 'Francis, David R.' })).toBeVisible();
  await expect(person.getByRole('button', { name: /^Sent \d+/ })).toBeEnabled();
  await person.getByRole('button', { name: /^Sent \d+/ }).click();
  await docs.first().click();
  await expect(reader.locator('.meta-parties a.party-person', { hasText: 'Francis, David R.' })).toBeVisible();
  await screenshot(page, 'people-header-sender');

  // Search documents naming this person: the query language's person: field.
  await person.getByRole('button', { name: 'Search documents naming this person' }).click();
  await expect(search).toHaveValue('person:"Francis, David R."');
  await expect(page.locator('.list-count')).toHaveText(/^[1-9]\d* match/);

  // The person facet: names with counts; a click filters the search like every facet.
  // The facets come with the answer, so they are read only once the count is railway's,
  // not the person search's (a stale facet read here failed once in CI).
  const before = (await page.locator('.list-count').textContent()) ?? '';
  await search.fill('railway');
  await expect(page.locator('.list-count')).not.toHaveText(before);
  await expect(page.locator('.list-count')).toHaveText(/^[1-9]\d* match/);
  const refine = page.getByRole('button', { name: 'Refine' });
  if ((await refine.getAttribute('aria-expanded')) !== 'true') await refine.click();
  const groups = page.getByRole('group', { name: 'Refine by' });
  await groups.getByRole('button', { name: 'Person', exact: true }).click();
  const persons = page.getByRole('list', { name: 'Person' });
  const stevens = persons.getByRole('button', { name: /^Stevens, John F\./ });
  await expect(stevens).toBeVisible();
  const count = Number(/(\d+)$/.exec(((await stevens.textContent()) ?? '').trim())?.[1]);
  await screenshot(page, 'people-facet');
  await stevens.click();
  await expect(page.locator('.list-count')).toHaveText(count === 1 ? '1 match' : `${count} matches`);
  await expect(page.getByRole('button', { name: /^Remove the filter Person: Stevens/ })).toBeVisible();
  await expect(page.locator('#hits .hit').first()).toBeVisible();
  await screenshot(page, 'people-facet-filtered');

  // And by classification, as the source notes give it.
  await groups.getByRole('button', { name: 'Person', exact: true }).click();
  await page.getByRole('button', { name: /^Remove the filter Person/ }).click();
  await search.fill('');
  await expect(page.locator('.list-count')).toHaveText(/ documents( and \d+ sections?)?$/);
  await groups.getByRole('button', { name: 'Classification', exact: true }).click();
  const levels = page.getByRole('list', { name: 'Classification' });
  const level = levels.getByRole('button').first();
  const levelName = ((await level.locator('.facet-name').textContent()) ?? '').trim();
  const levelCount = Number(((await level.locator('.facet-num').textContent()) ?? '').trim());
  await level.click();
  await expect(page.getByRole('button', { name: new RegExp(`^Remove the filter Class\\.: ${levelName}`) })).toBeVisible();
  await expect(page.locator('.list-count')).toHaveText(levelCount === 1 ? '1 match' : `${levelCount} matches`);
  await screenshot(page, 'people-classification-facet');
});

test('two volumes’ entries for one man: merged by the user with both entries kept, and split again', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  const files = ['frus1917Supp02v01-persons-sample.xml', 'frus1918Russiav03-people-excerpt.xml'];
  await page.locator('input[type=file][multiple]').setInputFiles(files.map((name) => ({ name, mimeType: 'application/xml', buffer: readFileSync(join(repoRoot, 'tests/fixtures/people', name)) })));
  await expect(page.getByRole('region', { name: 'Import report' })).toBeVisible({ timeout: 60_000 });

  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByLabel('Filter people').fill('Balfour');
  const options = page.getByRole('option', { name: /^Balfour/ });
  await expect(options).toHaveCount(2);
  await options.first().click();
  const person = page.getByLabel('Person', { exact: true });
  const first = ((await person.locator('.person-name').textContent()) ?? '').trim();
  await person.getByRole('button', { name: 'Same person as…' }).click();
  const merge = page.getByRole('dialog', { name: /^Same person as/ });
  await merge.getByRole('searchbox').fill('Balfour');
  const candidate = merge.getByRole('button', { name: /^Balfour/ });
  await expect(candidate).toHaveCount(1);
  await candidate.click();

  // One person now, made of both volumes' entries, each as its list printed it.
  const entries = person.getByRole('region', { name: 'Entries' }).locator('.person-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.filter({ hasText: 'frus1917Supp02v01' })).toContainText('Balfour, Arthur James');
  await expect(entries.filter({ hasText: 'frus1918Russiav03' })).toContainText('Balfour, Arthur J.');
  await expect(entries.locator('.merged-badge')).toHaveCount(1);
  await expect(person.locator('.person-years-chart svg path[fill="#c9b27a"]').first()).toBeVisible();
  await expect(page.getByText(/is now one person with/)).toContainText('frus1917Supp02v01');
  await screenshot(page, 'people-merged');

  // Split: two people again, the index shows both.
  await person.getByRole('button', { name: 'Split' }).click();
  await expect(entries).toHaveCount(1);
  await person.getByRole('button', { name: '← All people' }).click();
  await expect(options).toHaveCount(2);
  expect(first).toMatch(/^Balfour/);
});
