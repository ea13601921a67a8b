import { writeFileSync } from 'node:fs';
import type { Core } from '../core/core';
import { DossierError } from '../core/dossiers/dossier-error';

export const DOSSIER_USAGE = `  dossier create NAME          create an empty dossier
  dossier add NAME ID...       add documents (ids from list/search) to the dossier
  dossier list [--json]        dossiers with their number of documents
  dossier export NAME --out FILE.pdf [--paper a4|letter]   typeset the dossier as a PDF`;

export interface DossierFlags {
  json?: boolean;
  out?: string;
  paper?: string;
}

type Out = (line: string) => void;

/** A mistake in the command line itself (exit 2, usage shown). */
export class DossierUsageError extends Error {}

/** Dossiers are named by title on the command line; a bare number that names none is taken as an id. */
function resolve(core: Core, name: string | undefined): number {
  if (!name) throw new DossierUsageError(`dossier: NAME is missing\n${DOSSIER_USAGE}`);
  const ids = core.dossiers.store.idsByTitle(name.trim());
  if (ids.length > 1) throw new DossierError('invalid-argument', `${ids.length} dossiers are named "${name}": rename one`);
  const id = ids[0] ?? (/^\d+$/.test(name) && core.dossiers.store.get(Number(name)) ? Number(name) : undefined);
  if (id === undefined) throw new DossierError('not-found', `no dossier named "${name}"`);
  return id;
}

function create(core: Core, name: string | undefined, out: Out): number {
  if (!name?.trim()) throw new DossierUsageError(`dossier create: NAME is missing\n${DOSSIER_USAGE}`);
  if (core.dossiers.store.idsByTitle(name.trim()).length > 0) throw new DossierError('invalid-argument', `a dossier named "${name.trim()}" already exists`);
  const d = core.dossiers.store.create({ title: name });
  out(`created dossier ${d.id} "${d.title}"`);
  return 0;
}

function add(core: Core, name: string | undefined, ids: string[], out: Out): number {
  const id = resolve(core, name);
  if (ids.length === 0 || ids.some((s) => !/^\d+$/.test(s))) throw new DossierUsageError(`dossier add: give document ids (numbers)\n${DOSSIER_USAGE}`);
  const before = core.dossiers.store.must(id).items.length;
  const d = core.dossiers.store.addItems(id, ids.map(Number));
  out(`added ${d.items.length - before} document(s) to "${d.title}"; it holds ${d.items.length}`);
  return 0;
}

function list(core: Core, flags: DossierFlags, out: Out): number {
  const all = core.dossiers.store.list();
  if (flags.json) out(JSON.stringify(all, null, 2));
  else for (const d of all) out(`${String(d.id).padStart(5)}  ${String(d.itemCount).padStart(4)} doc(s)  ${d.title}`);
  return 0;
}

async function exportPdf(core: Core, name: string | undefined, flags: DossierFlags, out: Out, err: Out): Promise<number> {
  const id = resolve(core, name);
  if (!flags.out) throw new DossierUsageError(`dossier export: --out FILE.pdf is required\n${DOSSIER_USAGE}`);
  if (flags.paper !== undefined && flags.paper !== 'a4' && flags.paper !== 'letter') throw new DossierUsageError('dossier export: --paper is a4 or letter');
  const pdf = await core.dossiers.exportPdf(id, {
    ...(flags.paper ? { paper: flags.paper } : {}),
    onProgress: (p) => err(`progress ${p.docsDone}/${p.docsTotal} documents, ${p.pagesDone} pages`),
  });
  writeFileSync(flags.out, pdf.bytes);
  for (const w of pdf.warnings) err(`warning: ${w}`);
  out(`wrote ${flags.out} (${pdf.pages} pages, ${pdf.bytes.length} bytes)`);
  return 0;
}

/** `dossier …` subcommands. Errors the user can fix (unknown name, missing document) exit 1 with a message. */
export async function runDossier(core: Core, args: string[], flags: DossierFlags, out: Out, err: Out): Promise<number> {
  const [sub, name, ...rest] = args;
  try {
    if (sub === 'create') return create(core, [name, ...rest].join(' '), out);
    if (sub === 'add') return add(core, name, rest, out);
    if (sub === 'list') return list(core, flags, out);
    if (sub === 'export') return await exportPdf(core, name, flags, out, err);
  } catch (e) {
    if (!(e instanceof DossierError)) throw e;
    err(`dossier: ${e.message}`);
    return 1;
  }
  throw new DossierUsageError(`Usage:\n${DOSSIER_USAGE}`);
}
