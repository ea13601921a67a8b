import type { ExportFile, ResearchLogEntry } from '../../contract';

const day = (iso: string): string => new Date(iso).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const time = (iso: string): string => iso.slice(11, 16);
const n = (x: number): string => x.toLocaleString('en-GB');
const docs = (x: number): string => (x === 1 ? '1 document' : `${n(x)} documents`);

/** Inline code that survives backticks in the text (Markdown: a longer fence than any run inside). */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

const SCOPE: Record<string, string> = { all: '', documents: 'documents only', notes: 'in my notes' };

function line(e: ResearchLogEntry): string {
  if (e.kind === 'export') {
    const count = e.count === null ? '' : ` (${docs(e.count)})`;
    return `${time(e.at)} — Exported ${e.what}${count} as ${e.format} to ${code(e.fileName)}`;
  }
  const words = e.query === '' ? 'all documents' : code(e.query);
  const also = [...e.filters, SCOPE[e.scope] ?? '', e.sort === 'date' ? 'sorted by date' : ''].filter(Boolean);
  const filters = also.length > 0 ? ` (${also.join('; ')})` : '';
  return `${time(e.at)} — Searched ${words}${filters}: ${docs(e.count)} of ${n(e.libraryDocs)}`;
}

/**
 * The research log as a method appendix: a dated, numbered list a thesis can
 * take as it is. Times are UTC, said once; counts are what the library held then.
 */
export function logMarkdown(entries: readonly ResearchLogEntry[], made: string): string {
  const out = ['# Research log: searches and exports', ''];
  const first = entries[0];
  const lastEntry = entries[entries.length - 1];
  if (!first || !lastEntry) return [...out, 'No searches or exports were logged.', ''].join('\n');
  const span = day(first.at) === day(lastEntry.at) ? day(first.at) : `${day(first.at)} to ${day(lastEntry.at)}`;
  const searches = entries.filter((e) => e.kind === 'search').length;
  out.push(
    `Searches and exports made in Chancery, ${span}: ${searches} search${searches === 1 ? '' : 'es'}, ${entries.length - searches} export${entries.length - searches === 1 ? '' : 's'}. ` +
      'Each search gives the query as typed, the filters chosen beside it, and the number of matching documents out of those in the library at the time. Times are UTC.',
    '',
  );
  let current = '';
  let i = 0;
  for (const e of entries) {
    if (day(e.at) !== current) {
      current = day(e.at);
      out.push(`## ${current}`, '');
    }
    i += 1;
    out.push(`${i}. ${line(e)}`);
  }
  out.push('', `_Exported from Chancery on ${day(made)}._`, '');
  return out.join('\n');
}

export function logFile(entries: readonly ResearchLogEntry[], made: string): ExportFile {
  return { fileName: `research-log-${made.slice(0, 10)}.md`, mimeType: 'text/markdown', content: logMarkdown(entries, made) };
}
