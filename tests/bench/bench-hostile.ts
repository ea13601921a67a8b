/**
 * `npm run bench -- --hostile`: time and peak memory of the importers on
 * hostile inputs (issue 12), each case in its own process so that its peak
 * RSS is its own. The figures include the generated input held in memory.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ImportError } from '../../src-main/core/importers/importer';
import { importBytes } from '../../src-main/core/importers/registry';
import { importTei } from '../../src-main/core/importers/tei';

const NS = 'xmlns="http://www.tei-c.org/ns/1.0"';
const tei = (body: string): string => `<?xml version="1.0"?>\n<TEI ${NS}><text><body><div type="document" xml:id="d1"><head>T</head><p>${body}</p></div></body></text></TEI>\n`;
const nested = (levels: number): string => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- item\n`).join('');

const CASES: Record<string, { name: string; make: () => string }> = {
  'list-3000': { name: 'nested.md', make: () => nested(3000) },
  'list-1000': { name: 'nested.md', make: () => nested(1000) },
  'quote-10000': { name: 'quote.md', make: () => `${'> '.repeat(10_000)}x\n` },
  'emphasis-10000': { name: 'stars.md', make: () => `${'*'.repeat(10_000)}x${'*'.repeat(10_000)}\n` },
  'html-10000': { name: 'tags.md', make: () => `${'<i>'.repeat(10_000)}x${'</i>'.repeat(10_000)}\n` },
  'line-50MB.txt': { name: 'line.txt', make: () => 'word '.repeat(10 << 20) },
  'line-50MB.md': { name: 'line.md', make: () => 'word '.repeat(10 << 20) },
  'text-node-50MB.xml': { name: 'line.xml', make: () => tei('word '.repeat(10 << 20)) },
  'inline-2M.xml': { name: 'inline.xml', make: () => tei('<hi rend="italic">word</hi> '.repeat(2 << 20)) },
};

async function runCase(id: string): Promise<void> {
  const c = CASES[id];
  if (!c) throw new Error(`no case ${id}`);
  const bytes = new TextEncoder().encode(c.make());
  const t0 = performance.now();
  let outcome = 'imported';
  try {
    if (c.name.endsWith('.xml')) await importTei({ name: c.name, chunks: [bytes] }, () => undefined);
    else await importBytes(c.name, bytes);
  } catch (err) {
    outcome = err instanceof ImportError ? `refused: ${err.message}` : `crashed: ${String(err)}`;
  }
  const ms = Math.round(performance.now() - t0);
  console.log(JSON.stringify({ ms, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), outcome }));
}

/** Each case in a child process of this same runtime (tsx's loader included). */
export function runHostile(): void {
  console.log('Hostile inputs (each in its own process; peak RSS includes the input itself)');
  for (const id of Object.keys(CASES)) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--case', id], {
      encoding: 'utf8',
      timeout: 600_000,
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    const r = line.startsWith('{') ? (JSON.parse(line) as { ms: number; peakRssMb: number; outcome: string }) : undefined;
    const shown = r ? `${r.ms} ms, ${r.peakRssMb} MB: ${r.outcome.slice(0, 110)}` : `failed (${child.signal ?? child.status})`;
    console.log(`  ${id.padEnd(20)} ${shown}`);
  }
}

const { values } = parseArgs({ options: { case: { type: 'string' } }, strict: false });
if (typeof values.case === 'string') await runCase(values.case);
