import { parseArgs } from 'node:util';
import { createCore, type Core } from '../core/core';
import { buildDocumentView } from '../core/library/document-view';
import { defaultLibraryDir } from '../core/library/library-location';
import { importReportLines } from './import-output';
import { toSearchJson } from './search-json';
import { toShowJson } from './show-json';
import { DOSSIER_USAGE, runDossier } from './run-dossier';
import { runCite, runNotes } from './annotation-commands';
import { runCheck, runRestore } from './recovery-commands';

const USAGE = `Usage: npm run -s cli -- [--library DIR] <command>
  import PATH... [--json]      import files or folders (.xml TEI, .txt, .md); prints each file's warnings
  search "QUERY" [--json] [--year YYYY] [--from NAME] [--limit N]
  show ID [--json]
  list [--json]
  check                        full integrity check of the library file, and the backups
  restore [--backup NAME|latest]   put back a verified backup (the current file is kept in backups/)
  cite ID [--style chicago|frus] [--page N]   print the document's citation (plain text)
  notes export DIR             write every note as a Markdown file into DIR
${DOSSIER_USAGE}`;

type Out = (line: string) => void;

const stderr: Out = (l) => process.stderr.write(`${l}\n`);

async function runImport(core: Core, paths: string[], values: Flags, out: Out, err: Out): Promise<number> {
  if (paths.length === 0) throw new UsageError('import needs at least one PATH');
  const report = await core.importPaths(paths, {
    onProgress: (p) => err(`progress ${p.docsDone}/${p.docsTotal ?? '?'} documents, ${p.filesDone}/${p.filesTotal} files${p.file ? `, ${p.file}` : ''}`),
  });
  if (values.json) out(JSON.stringify(report, null, 2));
  else for (const line of importReportLines(report)) out(line);
  return report.failed.length > 0 ? 1 : 0;
}

function runSearch(core: Core, positionals: string[], values: Flags, out: Out): number {
  const query = positionals.join(' ');
  const res = core.search.search({
    query,
    ...(values.year ? { year: Number(values.year) } : {}),
    ...(values.from ? { from: values.from } : {}),
    limit: Number(values.limit ?? 50),
  });
  if (values.json) {
    out(JSON.stringify(res.hits.map((h) => toSearchJson(core.repo, h)), null, 2));
  } else {
    for (const h of res.hits) out(`${String(h.id).padStart(5)}  ${h.date ?? '    '}  ${h.title}\n       ${h.snippet.text}`);
    out(`${res.total} document(s)`);
  }
  return 0;
}

function runShow(core: Core, id: string | undefined, values: Flags, out: Out): number {
  const view = id && /^\d+$/.test(id) ? buildDocumentView(core.repo, Number(id)) : null;
  if (!view) throw new UsageError(`no document with id ${id ?? '(missing)'}`);
  const json = toShowJson(view);
  if (values.json) out(JSON.stringify(json, null, 2));
  else out(`${json.title}\n${[json.from, json.to].filter(Boolean).join(' → ')}  ${json.date ?? ''}\n\n${json.text}`);
  return 0;
}

function runList(core: Core, values: Flags, out: Out): number {
  const docs = core.repo.list().map((d) => ({ id: d.id, title: d.title, date: d.date, collection: d.collection, number: d.number }));
  if (values.json) out(JSON.stringify(docs, null, 2));
  else for (const d of docs) out(`${String(d.id).padStart(5)}  ${d.date ?? '          '}  ${d.title}`);
  return 0;
}

class UsageError extends Error {}

interface Flags {
  library?: string;
  json?: boolean;
  year?: string;
  from?: string;
  limit?: string;
  style?: string;
  page?: string;
  out?: string;
  paper?: string;
  backup?: string;
}

export async function runCli(
  argv: string[],
  out: Out = (l) => process.stdout.write(`${l}\n`),
  err: Out = stderr,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      library: { type: 'string' },
      json: { type: 'boolean' },
      year: { type: 'string' },
      from: { type: 'string' },
      limit: { type: 'string' },
      style: { type: 'string' },
      page: { type: 'string' },
      out: { type: 'string' },
      paper: { type: 'string' },
      backup: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (!command || !['import', 'search', 'show', 'list', 'cite', 'notes', 'dossier', 'check', 'restore'].includes(command)) throw new UsageError(USAGE);
  const libraryDir = values.library ?? defaultLibraryDir();
  // These two must work on a library the core cannot open.
  if (command === 'check') return runCheck(libraryDir, out);
  if (command === 'restore') return runRestore(libraryDir, values.backup, out);
  const core = createCore({ libraryDir });
  try {
    if (command === 'import') return await runImport(core, rest, values, out, err);
    if (command === 'search') return runSearch(core, rest, values, out);
    if (command === 'show') return runShow(core, rest[0], values, out);
    if (command === 'cite') return runCite(core, rest[0], values, out);
    if (command === 'notes') return runNotes(core, rest, out);
    if (command === 'dossier') return await runDossier(core, rest, values, out, err);
    return runList(core, values, out);
  } finally {
    core.close();
  }
}
