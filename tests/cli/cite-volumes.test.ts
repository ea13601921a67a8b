import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli';
import { REPO, tempDir } from '../helpers/temp-dir';

const quiet = (): void => undefined;

/** A library of these files; `cite` finds a document by its number in its volume. */
async function library(...files: string[]) {
  const lib = tempDir();
  expect(await runCli(['--library', lib, 'import', ...files], quiet, quiet)).toBe(0);
  const lines: string[] = [];
  await runCli(['--library', lib, 'list', '--json'], (l) => lines.push(l), quiet);
  const list = JSON.parse(lines.join('\n')) as Array<{ id: number; title: string; number: string | null; collection: { id: string } | null }>;
  return async (volume: string, number: string | null, style: 'frus' | 'chicago' = 'frus', title?: string): Promise<string> => {
    const doc = list.find((d) => d.collection?.id === volume && d.number === number && (title === undefined || d.title === title));
    if (!doc) throw new Error(`no document ${number ?? title ?? ''} in ${volume}`);
    const out: string[] = [];
    await runCli(['--library', lib, 'cite', String(doc.id), '--style', style], (l) => out.push(l), quiet);
    return out.join('\n');
  };
}

const fixture = (path: string): string => join(REPO, 'tests/fixtures', path);

describe('citations of real FRUS volumes', () => {
  it('names the appendix volume a document is in, not just the year', async () => {
    const cite = await library(fixture('excerpts/frus1901China-excerpt.xml'));
    expect(await cite('frus1901China', '2')).toBe(
      '[Untitled], Washington, December 5, 1901, Foreign Relations of the United States, 1901, ' +
        'Appendix, Affairs in China, Report of William W. Rockhill, Late Commissioner to China, with Accompanying Documents, doc. 2, p. 3',
    );
  });

  it('names a volume numbered within its subject (1918, Russia, vol. III) and keeps 1936, vol. III as it was', async () => {
    const cite = await library(fixture('corpus/frus1918Russiav03.xml'), fixture('corpus/frus1936v03.xml'));
    expect(await cite('frus1918Russiav03', '51')).toBe(
      'Telegram from the Ambassador in Great Britain (Page) to the Secretary of State, London, February 14, 1918, ' +
        'Papers Relating to the Foreign Relations of the United States, 1918, Russia, vol. III, doc. 51, pp. 34–35',
    );
    expect(await cite('frus1936v03', '5')).toBe(
      'Telegram from the Ambassador in France (Straus) to the Secretary of State, Paris, March 26, 1936, Foreign Relations of the United States, 1936, vol. III, doc. 5, p. 7',
    );
  });

  it('prints a head’s own full stop once, not before the citation’s comma', async () => {
    const cite = await library(fixture('corpus/frus1894Nicaragua.xml'));
    const frus = await cite('frus1894Nicaragua', '2');
    expect(frus).toBe(
      'No. 2. Mr. Gresham to Mr. Baker, Department of State, Washington, February 1, 1894, Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory), doc. 2, pp. 9–10',
    );
    expect(await cite('frus1894Nicaragua', '2', 'chicago')).toMatch(/^“No\. 2\. Mr\. Gresham to Mr\. Baker,” Department of State/);
    expect(frus).not.toMatch(/\.,/);
  });

  it('cites a section of the volume by its heading, as no telegram', async () => {
    const cite = await library(fixture('excerpts/frus1901-excerpt.xml'));
    expect(await cite('frus1901', null, 'frus', 'Message of the President')).toBe(
      'Message of the President, December 3, 1901, Papers Relating to the Foreign Relations of the United States, ' +
        'With the Annual Message of the President Transmitted to Congress December 3, 1901, p. IX',
    );
    expect(await cite('frus1901', null, 'chicago', 'Message of the President')).toMatch(/^“Message of the President,” December 3, 1901, in /);
  });

  it('brackets a title Chancery supplied', async () => {
    const file = join(tempDir(), 'untitled.xml');
    writeFileSync(
      file,
      '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frusX"><teiHeader><fileDesc><titleStmt>' +
        '<title type="complete">Foreign Relations of the United States, 1901</title></titleStmt></fileDesc></teiHeader>' +
        '<text><body><div type="chapter"><head>China</head><pb n="12"/><div type="document" xml:id="d3" n="3"><p>Text without a head.</p></div></div></body></text></TEI>',
    );
    const cite = await library(file);
    expect(await cite('frusX', '3')).toBe('[Document 3], Foreign Relations of the United States, 1901, doc. 3, p. 12');
    expect(await cite('frusX', '3', 'chicago')).toBe('“[Document 3],” in Foreign Relations of the United States, 1901, doc. 3, p. 12.');
  });
});
