import { writeFileSync } from 'node:fs';
import { ChanceryError, type DossierExportProgress } from '../contract';
import { untilDone, type CliCall } from './cli-call';

export const DOSSIER_USAGE = `  dossier create NAME          create an empty dossier
  dossier add NAME ID...       add documents (ids from list/search) to the dossier
  dossier list [--json]        dossiers with their number of documents
  dossier export NAME --out FILE [--format pdf|html|docx] [--paper a4|letter]   the dossier as a PDF (default), one HTML file or a Word document`;

export interface DossierFlags {
  json?: boolean;
  out?: string;
  paper?: string;
  format?: string;
}

type Out = (line: string) => void;

const usage = (message: string): ChanceryError => new ChanceryError('invalid-argument', `${message}\n${DOSSIER_USAGE}`);

/** Dossiers are named by title on the command line; a bare number that names none is taken as an id. */
async function resolve(call: CliCall, name: string | undefined): Promise<number> {
  if (!name) throw usage('NAME is missing');
  const all = await call('dossiers.list', {});
  const named = all.filter((d) => d.title === name.trim());
  if (named.length > 1) throw new ChanceryError('conflict', `${named.length} dossiers are named "${name}": rename one`);
  const id = named[0]?.id ?? (/^\d+$/.test(name) ? all.find((d) => d.id === Number(name))?.id : undefined);
  if (id === undefined) throw new ChanceryError('not-found', `no dossier named "${name}"`);
  return id;
}

async function create(call: CliCall, name: string, out: Out): Promise<number> {
  const title = name.trim();
  if (!title) throw usage('create: NAME is missing');
  if ((await call('dossiers.list', {})).some((d) => d.title === title)) throw new ChanceryError('conflict', `a dossier named "${title}" already exists`);
  const d = await call('dossiers.create', { title });
  out(`created dossier ${d.id} "${d.title}"`);
  return 0;
}

async function add(call: CliCall, name: string | undefined, ids: string[], out: Out): Promise<number> {
  const id = await resolve(call, name);
  if (ids.length === 0 || ids.some((s) => !/^\d+$/.test(s))) throw usage('add: give document ids (numbers)');
  const before = (await call('dossiers.get', { id })).items.length;
  const d = await call('dossiers.addItems', { dossierId: id, docIds: ids.map(Number) });
  out(`added ${d.items.length - before} document(s) to "${d.title}"; it holds ${d.items.length}`);
  return 0;
}

async function list(call: CliCall, flags: DossierFlags, out: Out): Promise<number> {
  const all = await call('dossiers.list', {});
  if (flags.json) out(JSON.stringify(all, null, 2));
  else for (const d of all) out(`${String(d.id).padStart(5)}  ${String(d.itemCount).padStart(4)} doc(s)  ${d.title}`);
  return 0;
}

const progressLine = (p: DossierExportProgress): string => `progress ${p.docsDone}/${p.docsTotal} documents, ${p.pagesDone} pages`;

async function exportPdf(call: CliCall, name: string | undefined, flags: DossierFlags, out: Out, err: Out): Promise<number> {
  const id = await resolve(call, name);
  if (!flags.out) throw usage('export: --out FILE is required');
  const format = flags.format ?? 'pdf';
  if (format === 'html' || format === 'docx') {
    const file = await call('dossiers.exportFile', { dossierId: id, format });
    const data = Buffer.from(file.dataBase64, 'base64');
    writeFileSync(flags.out, data);
    out(`wrote ${flags.out} (${data.length} bytes)`);
    return 0;
  }
  if (format !== 'pdf') throw usage('export: --format is pdf, html or docx');
  if (flags.paper !== undefined && flags.paper !== 'a4' && flags.paper !== 'letter') throw usage('export: --paper is a4 or letter');
  const { jobId } = await call('dossiers.export', { dossierId: id, ...(flags.paper ? { paper: flags.paper } : {}) });
  const { result, error } = await untilDone(() => call('dossiers.exportStatus', { jobId }), (p) => err(progressLine(p)));
  if (!result) throw new ChanceryError('internal', error ?? `export ${jobId} ended without a PDF`);
  const bytes = Buffer.from(result.bytesBase64, 'base64');
  writeFileSync(flags.out, bytes);
  for (const w of result.warnings) err(`warning: ${w}`);
  out(`wrote ${flags.out} (${result.pages} pages, ${bytes.length} bytes)`);
  return 0;
}

/** `dossier …` subcommands. */
export async function runDossier(call: CliCall, args: string[], flags: DossierFlags, out: Out, err: Out): Promise<number> {
  const [sub, name, ...rest] = args;
  if (sub === 'create') return create(call, [name, ...rest].join(' '), out);
  if (sub === 'add') return add(call, name, rest, out);
  if (sub === 'list') return list(call, flags, out);
  if (sub === 'export') return exportPdf(call, name, flags, out, err);
  throw new ChanceryError('invalid-argument', `Usage:\n${DOSSIER_USAGE}`);
}
