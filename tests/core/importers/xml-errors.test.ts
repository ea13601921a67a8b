import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src-main/core/importers/importer';
import { importTei } from '../../../src-main/core/importers/tei';
import { blocksText } from '../../../src-shared/text/plain-text';

/** Malformed XML is reported as what is wrong, where, and how to mend it, not as saxes's rule. */
const NS = 'xmlns="http://www.tei-c.org/ns/1.0"';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function failure(xml: string | Uint8Array[]): Promise<ImportError> {
  try {
    await importTei({ name: 'frus.xml', chunks: typeof xml === 'string' ? [utf8(xml)] : xml }, () => undefined);
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('expected an ImportError');
}

function doc(p: string): string {
  return `<TEI ${NS}>\n<text><body><div type="document" xml:id="d1">\n<head>Head</head>\n<p>${p}</p>\n</div></body></text></TEI>`;
}

describe('malformed XML messages', () => {
  it('names a bare & with its line and column', async () => {
    const err = await failure(`<TEI ${NS}>\n<text><body><div type="document" xml:id="d1">\n<head>Bad & broken</head>\n</div></body></text></TEI>`);
    expect(err.message).toBe('frus.xml, line 3, column 11: malformed XML: a bare “&” (write &amp; for an ampersand)');
    expect([err.line, err.column]).toEqual([3, 11]);
  });

  it('finds a bare & at the very end of a chunk, and accepts references split between chunks', async () => {
    const xml = doc('AT&T and R&amp;D');
    const at = xml.indexOf('&T');
    const err = await failure([utf8(xml.slice(0, at + 1)), utf8(xml.slice(at + 1))]);
    expect(err.message).toContain('line 4, column 6: malformed XML: a bare “&”');
    const ok = doc('R&amp;D &#x2014; &lt;');
    const cut = ok.indexOf('amp;') + 2;
    const texts: string[] = [];
    await importTei({ name: 'ok.xml', chunks: [utf8(ok.slice(0, cut)), utf8(ok.slice(cut))] }, (d) => texts.push(blocksText(d.body.blocks)));
    expect(texts).toEqual(['R&D — <']);
  });

  it('leaves & alone in comments, CDATA and processing instructions', async () => {
    const docs: string[] = [];
    const xml = `<?xml-model href="a?b&c"?><TEI ${NS}><!-- AT&T --><text><body><div type="document" xml:id="d1"><p><![CDATA[R&D]]></p></div></body></text></TEI>`;
    await importTei({ name: 'ok.xml', chunks: [utf8(xml)] }, (d) => docs.push(d.key));
    expect(docs).toHaveLength(1);
  });

  it('names an unknown entity (no DTD defines &nbsp;)', async () => {
    const err = await failure(doc('one&nbsp;two'));
    expect(err.message).toBe(
      'frus.xml, line 4, column 7: malformed XML: an unknown entity &nbsp; ' +
        '(only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#160; are defined)',
    );
  });

  it('says which element a wrong end tag fails to close, and where it was opened', async () => {
    const err = await failure(`<TEI ${NS}>\n<text><body><div type="document" xml:id="d1">\n<p>one <hi>two</p>\n</div></body></text></TEI>`);
    expect(err.line).toBe(3);
    expect(err.message).toContain('malformed XML: this end tag does not match <hi> (opened on line 3)');
  });

  it('says which element is left open when the file ends', async () => {
    const err = await failure(`<TEI ${NS}>\n<text><body><div type="document" xml:id="d1">\n<p>cut short`);
    expect(err.message).toContain('malformed XML: the file ends before <p> (opened on line 3) is closed; it may be cut short');
  });

  it('names text after the root, a bare <, and a control character plainly', async () => {
    expect((await failure(`${doc('x')}\ntrailing words`)).message).toContain('text after the end of the document');
    expect((await failure(doc('a < b'))).message).toContain('a bare “<” (write &lt; for a less-than sign)');
    expect((await failure(doc('bell\u0007'))).message).toContain('a control character that XML does not allow');
  });

  it('refuses an enormous run of text (over 1 MB without markup) before saxes buffers it', async () => {
    const big = `<TEI ${NS}>\n<text><body><div type="document" xml:id="d1">\n<p>${'word '.repeat(220_000)}</p></div></body></text></TEI>`;
    const err = await failure(big);
    expect(err.message).toBe(
      'frus.xml, line 3: more than 1 MB of text without any markup from here on; ' +
        'a FRUS paragraph is a few KB, so the file is damaged or not a TEI volume',
    );
    const huge = await failure(`<TEI ${NS}><!-- ${'x'.repeat(1_100_000)} -->`);
    expect(huge.message).toContain('line 1: more than 1 MB of text');
  });

  it('refuses one document of more than 100,000 elements before building it', async () => {
    const err = await failure(doc('<lb/>'.repeat(100_001)));
    expect(err.message).toBe(
      'frus.xml, line 4: document "d1" holds more than 100,000 elements (the largest FRUS documents hold about 100 KB ' +
        'in a few hundred elements); the file is damaged or not a FRUS volume',
    );
  });
});
