import { writeFileSync } from 'node:fs';
import { ChanceryError, CITATION_EXPORT_FORMATS, type CitationExportFormat } from '../contract';
import { idArg, type CliCall } from './cli-call';

type Out = (line: string) => void;

const FORMATS: readonly CitationExportFormat[] = CITATION_EXPORT_FORMATS;
const isFormat = (s: string): s is CitationExportFormat => (FORMATS as readonly string[]).includes(s);

export const EXPORT_USAGE = '  export ID... --format bibtex|ris|csl-json|chicago-notes|chicago-bibliography [--out FILE]   the documents\' citations for a reference manager (stdout without --out)';

/** `export ID... --format F [--out FILE]`: one file of citations, in the order the ids are given. */
export async function runExport(call: CliCall, ids: string[], flags: { format?: string; out?: string }, out: Out): Promise<number> {
  const format = flags.format ?? 'csl-json';
  if (!isFormat(format)) throw new ChanceryError('invalid-argument', `unknown export format "${format}" (${FORMATS.join(', ')})`);
  if (ids.length === 0) throw new ChanceryError('invalid-argument', 'usage: export ID... --format bibtex|ris|csl-json');
  const file = await call('citations.export', { docIds: ids.map((i) => idArg(i)), format });
  if (!flags.out) {
    out(file.content.replace(/\n$/, ''));
    return 0;
  }
  writeFileSync(flags.out, file.content);
  out(`exported ${ids.length} citation(s) to ${flags.out}`);
  return 0;
}
