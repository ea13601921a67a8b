import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { countPixels, pageTexts, pngs } from '../../helpers/pdf';
import { REPO, tempDir } from '../../helpers/temp-dir';
import { NOW } from './fixture';

const volume = (marker: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1950v97"><teiHeader><fileDesc><titleStmt><title type="complete">Test volume</title></titleStmt></fileDesc></teiHeader>
<text><body><div type="chapter" xml:id="ch1"><head>Chapter</head>
<div type="document" subtype="historical-document" n="1" xml:id="d1"><head>1. Telegram From the Embassy in the Soviet Union to the Department of State</head>
<dateline><placeName>Moscow</placeName>, <date when="1950-05-10">May 10, 1950</date>.</dateline>
<p>The Minister said that Gromyko had seen him ${marker} and that nothing more would be said of the matter.</p>
</div></div></body></text></TEI>`;

/** The PDF of a one-document dossier; its last page holds the document. */
async function exported(marker: string): Promise<{ bytes: Uint8Array; pages: number }> {
  const dir = tempDir();
  const file = join(dir, 'v.xml');
  writeFileSync(file, volume(marker));
  const core = createCore({ libraryDir: tempDir() });
  await core.importPaths([file]);
  const id = core.repo.list().find((d) => d.title.includes('Soviet Union'))?.id ?? -1;
  const d = core.dossiers.store.create({ title: 'Withheld', author: 'Test', introduction: '' });
  core.dossiers.store.addItems(d.id, [id]);
  const pdf = await core.dossiers.exportPdf(d.id, { now: NOW });
  core.close();
  return pdf;
}

const grey = (r: number, g: number, b: number): boolean => Math.abs(r - g) < 6 && Math.abs(g - b) < 6 && r > 195 && r < 225;

describe('a redaction marker in the exported PDF', () => {
  it('is set on a grey ground that the same text without the marker lacks', async () => {
    const withMarker = await exported('[1½ lines of source text not declassified]');
    const without = await exported('1½ lines of source text not declassified');
    const page = (await pageTexts(withMarker.bytes)).findIndex((t) => t.includes('Gromyko had seen him')) + 1;
    expect(page).toBeGreaterThan(0);
    const greyWith = (await countPixels(withMarker.bytes, withMarker.pages, 80, grey))[page - 1];
    const greyWithout = (await countPixels(without.bytes, without.pages, 80, grey))[page - 1];
    expect(greyWith ?? 0).toBeGreaterThan((greyWithout ?? 0) + 500);
    await pngs(withMarker.bytes, page, page, 80, join(REPO, 'tests/output/pdf/redaction'));
  });
});
