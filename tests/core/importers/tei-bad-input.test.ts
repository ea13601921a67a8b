import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src-main/core/importers/importer';
import { importTei, type TeiOptions } from '../../../src-main/core/importers/tei';
import type { ImportedDocument } from '../../../src-shared/model/document';

const NS = 'xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0"';
const HEADER = '<teiHeader><fileDesc><titleStmt><title type="complete">Big</title></titleStmt></fileDesc></teiHeader>';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

interface Outcome {
  error: unknown;
  docs: ImportedDocument[];
}

async function run(chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>, options?: TeiOptions): Promise<Outcome> {
  const docs: ImportedDocument[] = [];
  try {
    await importTei({ name: 'bad.xml', chunks }, (d) => docs.push(d), options);
    return { error: undefined, docs };
  } catch (error) {
    return { error, docs };
  }
}

/** The import failed with an ImportError naming the file; returns it for further checks. */
function importError(outcome: Outcome): ImportError {
  expect(outcome.error).toBeInstanceOf(ImportError);
  if (!(outcome.error instanceof ImportError)) throw new Error('unreachable');
  expect(outcome.error.file).toBe('bad.xml');
  expect(outcome.error.message).toMatch(/^bad\.xml/);
  return outcome.error;
}

const DOCTYPE_MESSAGE = 'DOCTYPE declarations are not allowed (entity expansion and external entities are refused)';

describe('hostile and broken TEI input', () => {
  it('reports malformed XML with its line', async () => {
    const xml = `<?xml version="1.0"?>\n<TEI ${NS}>\n<text><body>\n<div type="document" xml:id="d1">\n<p>unclosed</div>\n</body></text></TEI>`;
    const err = importError(await run([utf8(xml)]));
    expect(err.message).toContain('malformed XML');
    expect(err.line).toBe(5);
  });

  it('refuses a DOCTYPE with an entity bomb (billion laughs)', async () => {
    const lol = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE TEI [\n${lol.join('\n')}\n]>\n<TEI ${NS}><text><body><div type="document" xml:id="d1"><p>&lol9;</p></div></body></text></TEI>`;
    const started = performance.now();
    const outcome = await run([utf8(xml)]);
    const err = importError(outcome);
    expect(err.message).toContain(DOCTYPE_MESSAGE);
    expect(outcome.docs).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses an external entity and never reads it', async () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE TEI [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n` +
      `<TEI ${NS}><text><body><div type="document" xml:id="d1"><p>&xxe;</p></div></body></text></TEI>`;
    const outcome = await run([utf8(xml)]);
    const err = importError(outcome);
    expect(err.message).toContain(DOCTYPE_MESSAGE);
    expect(err.message).not.toMatch(/root:|nologin|\/bin\//);
    expect(outcome.docs).toEqual([]);
  });

  it('refuses a DOCTYPE on sight, before reading its internal subset', async () => {
    let pulled = 0;
    function* endlessSubset(): Generator<Uint8Array> {
      yield utf8('<?xml version="1.0"?>\n<!DOCTYPE TEI [\n');
      for (let i = 0; i < 100_000; i++) {
        pulled++;
        yield utf8(`<!ENTITY e${i} "${'x'.repeat(1000)}">\n`);
      }
    }
    const err = importError(await run(endlessSubset()));
    expect(err.message).toContain(DOCTYPE_MESSAGE);
    expect(err.line).toBe(2);
    expect(pulled).toBe(0);
  });

  it('rejects binary junk', async () => {
    let seed = 42;
    const junk = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    expect(importError(await run([junk])).message).toMatch(/not valid UTF-8|not an XML file/);
    const ascii = utf8('PK\u0003\u0004 this is a zip header, not XML');
    expect(importError(await run([ascii])).message).toContain('not an XML file');
  });

  it('rejects an empty file and a blank one', async () => {
    expect(importError(await run([])).message).toContain('the file is empty');
    expect(importError(await run([new Uint8Array(0)])).message).toContain('the file is empty');
    expect(importError(await run([utf8('  \n\t ')])).message).toContain('only whitespace');
  });

  it('rejects a TEI file without documents', async () => {
    const xml = `<TEI ${NS}>${HEADER}<text><body><div type="chapter"><p>no documents</p></div></body></text></TEI>`;
    expect(importError(await run([utf8(xml)])).message).toContain('no FRUS documents found');
  });

  it('rejects XML whose root is not TEI', async () => {
    const err = importError(await run([utf8('<?xml version="1.0"?>\n<html><body><div type="document"/></body></html>')]));
    expect(err.message).toContain('not a TEI file');
    expect(err.line).toBe(2);
  });

  it('rejects invalid UTF-8 with the approximate line', async () => {
    const head = utf8(`<TEI ${NS}>\n<text>\n<body>\n<div type="document" xml:id="d1"><p>caf`);
    const tail = utf8('</p></div></body></text></TEI>');
    const bytes = new Uint8Array([...head, 0xc3, 0x28, ...tail]);
    const err = importError(await run([bytes]));
    expect(err.message).toContain('not valid UTF-8');
    expect(err.line).toBe(4);
  });

  it('rejects an invalid sequence split across chunks', async () => {
    const xml = utf8(`<TEI ${NS}>\n<text><body><div type="document" xml:id="d1"><p>x`);
    const err = importError(await run([xml, new Uint8Array([0xe2, 0x82]), new Uint8Array([0x41]), utf8('</p></div></body></text></TEI>')]));
    expect(err.message).toContain('not valid UTF-8');
  });

  it('refuses a declared encoding other than UTF-8', async () => {
    const err = importError(await run([utf8(`<?xml version="1.0" encoding="ISO-8859-1"?>\n<TEI ${NS}/>`)]));
    expect(err.message).toContain('only UTF-8');
  });

  it('stops at the depth limit instead of overflowing the stack (100,000 nested <hi>)', async () => {
    const depth = 100_000;
    const xml = `<TEI ${NS}><text><body><div type="document" xml:id="d1"><p>${'<hi>'.repeat(depth)}x${'</hi>'.repeat(depth)}</p></div></body></text></TEI>`;
    const err = importError(await run([utf8(xml)]));
    expect(err.message).toContain('nested deeper than 200 levels');
    const shallow = `<TEI ${NS}><text><body><div type="document" xml:id="d1"><p>${'<hi>'.repeat(20)}x${'</hi>'.repeat(20)}</p></div></body></text></TEI>`;
    expect(importError(await run([utf8(shallow)], { maxDepth: 10 })).message).toContain('deeper than 10');
  });

  it('lets the caller cancel, and passes the caller’s own errors through unchanged', async () => {
    const controller = new AbortController();
    async function* chunks(): AsyncGenerator<Uint8Array> {
      yield utf8(`<TEI ${NS}><text><body>`);
      controller.abort();
      yield utf8('<div type="document" xml:id="d1"><p>x</p></div></body></text></TEI>');
    }
    const cancelled = await run(chunks(), { signal: controller.signal });
    expect(cancelled.error).toBe(controller.signal.reason);

    const mine = new Error('disk full');
    const xml = `<TEI ${NS}><text><body><div type="document" xml:id="d1"><p>x</p></div></body></text></TEI>`;
    await expect(importTei({ name: 'ok.xml', chunks: [utf8(xml)] }, () => {
      throw mine;
    })).rejects.toBe(mine);
  });
});

describe('a 200 MB volume, streamed', () => {
  const DOCS_PER_CHUNK = 500;
  const CHUNKS = 200;

  /** About 1 MB of documents per chunk, generated on demand: nothing of it is ever held whole. */
  function* volumeChunks(): Generator<Uint8Array> {
    yield utf8(`<?xml version="1.0" encoding="UTF-8"?>\n<TEI ${NS} xml:id="frusBig">${HEADER}<text><body><div type="chapter"><head>All</head>`);
    const para = '<p>The Ambassador <hi rend="italic">reported</hi> at length on the situation in the capital, ' +
      'and on the <persName>Minister</persName>’s views.<note n="1">A note.</note></p>\n';
    for (let c = 0; c < CHUNKS; c++) {
      let s = '';
      for (let i = 0; i < DOCS_PER_CHUNK; i++) {
        const n = c * DOCS_PER_CHUNK + i + 1;
        s += `<div type="document" xml:id="d${n}" n="${n}"><note type="source">File No. 100.${n}</note>` +
          `<head>The <gloss type="from">Secretary of State</gloss> to the Ambassador (<persName type="to">Doe</persName>)</head>` +
          `<dateline><placeName>Washington</placeName>, <date when="1936-02-13">February 13, 1936</date>.</dateline>` +
          `${para.repeat(11)}<pb n="${n}"/><closer><signed>Hull</signed></closer></div>\n`;
      }
      yield utf8(s);
    }
    yield utf8('</div></body></text></TEI>');
  }

  it('imports every document with bounded memory', async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    let docs = 0;
    let bytes = 0;
    const result = await importTei(
      { name: 'big.xml', chunks: volumeChunks() },
      (doc) => {
        docs++;
        if (docs === 1) expect(doc.meta.to?.value).toEqual([{ name: 'Doe', role: 'Ambassador' }]);
      },
      {
        onProgress: (p) => {
          bytes = p.bytes;
          peak = Math.max(peak, process.memoryUsage().rss);
        },
      },
    );
    expect(result.docs).toBe(DOCS_PER_CHUNK * CHUNKS);
    expect(docs).toBe(DOCS_PER_CHUNK * CHUNKS);
    expect(bytes).toBeGreaterThan(200 * 1024 * 1024);
    expect(peak - before).toBeLessThan(300 * 1024 * 1024);
  }, 120_000);
});
