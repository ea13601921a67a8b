/** The adversarial files of issue 12, written on the fly (never kept in the repository). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AdversarialInput {
  label: string;
  path: string;
}

const MB = 1 << 20;

/** `levels` nested list items, each one level deeper than the last (the 3,000-level one is 9 MB). */
function nestedList(levels: number): string {
  let out = '';
  for (let i = 0; i < levels; i++) out += `${'  '.repeat(i)}- item\n`;
  return out;
}

/** Words on one line without a break, `bytes` long. */
function oneLine(bytes: number): string {
  return 'lorem ipsum dolor sit amet '.repeat(Math.ceil(bytes / 27)).slice(0, bytes);
}

/** A well-formed FRUS TEI volume whose one document is a single paragraph on a single line. */
function oneLineTei(bytes: number): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frusHuge">' +
    '<teiHeader><fileDesc><titleStmt><title type="complete">A huge volume</title></titleStmt></fileDesc></teiHeader>' +
    '<text><body><div type="document" xml:id="d1" n="1"><head>One paragraph</head><p>' +
    oneLine(bytes) +
    '</p></div></body></text></TEI>'
  );
}

export function writeAdversarialInputs(dir: string): AdversarialInput[] {
  const inputs: Array<[string, string, () => string]> = [
    ['nested Markdown list, 3,000 levels (9 MB)', 'nested-3000.md', () => nestedList(3000)],
    ['single line .txt (50 MB)', 'one-line.txt', () => oneLine(50 * MB)],
    ['single line TEI .xml (50 MB)', 'one-line.xml', () => oneLineTei(50 * MB)],
  ];
  return inputs.map(([label, file, make]) => {
    const path = join(dir, file);
    writeFileSync(path, make());
    return { label, path };
  });
}
