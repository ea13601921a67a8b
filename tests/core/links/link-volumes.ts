import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const NS = 'xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0"';

/** A small TEI volume with the given xml:id, title and documents, written into `dir`. */
export function volumeFile(dir: string, id: string, title: string, docs: string): string {
  const path = join(dir, `${id}.xml`);
  writeFileSync(
    path,
    `<?xml version="1.0" encoding="UTF-8"?>
<TEI ${NS} xml:id="${id}">
  <teiHeader><fileDesc><titleStmt><title type="complete">${title}</title></titleStmt>
    <publicationStmt><date>1999</date></publicationStmt></fileDesc></teiHeader>
  <text><body><div type="chapter" xml:id="ch1"><head>Chapter</head>
${docs}
  </div></body></text>
</TEI>`,
  );
  return path;
}

/** A document: `n`, a head, and the body paragraphs as TEI. */
export const doc = (n: number, head: string, body: string): string =>
  `<div type="document" xml:id="d${n}" n="${n}"><head>${head}</head>${body}</div>`;
