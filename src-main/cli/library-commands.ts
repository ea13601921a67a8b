import { ChanceryError, type ImportProgress } from '../contract';
import { idArg, untilDone, type CliCall } from './cli-call';
import { importReportLines } from './import-output';
import { toSearchJson } from './search-json';
import { toShowJson } from './show-json';
import { toShowPeople } from './people-commands';

type Out = (line: string) => void;

export interface LibraryFlags {
  json?: boolean;
  year?: string;
  from?: string;
  limit?: string;
}

const progressLine = (p: ImportProgress): string =>
  `progress ${p.docsDone}/${p.docsTotal ?? '?'} documents, ${p.filesDone}/${p.filesTotal} files${p.file ? `, ${p.file}` : ''}`;

/** `import PATH... [--json]`: each file with its warnings; exit 1 when any file failed (the others are imported). */
export async function runImport(call: CliCall, paths: string[], flags: LibraryFlags, out: Out, err: Out): Promise<number> {
  if (paths.length === 0) throw new ChanceryError('invalid-argument', 'import needs at least one PATH');
  const { jobId } = await call('import.paths', { paths });
  const { report } = await untilDone(() => call('import.status', { jobId }), (p) => err(progressLine(p)));
  if (!report) throw new ChanceryError('internal', `import ${jobId} ended without a report`);
  if (flags.json) out(JSON.stringify(report, null, 2));
  else for (const line of importReportLines(report)) out(line);
  return report.failed.length > 0 ? 1 : 0;
}

export async function runSearch(call: CliCall, positionals: string[], flags: LibraryFlags, out: Out): Promise<number> {
  const res = await call('library.search', {
    query: positionals.join(' '),
    ...(flags.year ? { year: Number(flags.year) } : {}),
    ...(flags.from ? { from: flags.from } : {}),
    limit: Number(flags.limit ?? 50),
  });
  if (flags.json) {
    const hits = await Promise.all(res.hits.map(async (h) => toSearchJson(h, await call('document.get', { id: h.id }))));
    out(JSON.stringify(hits, null, 2));
  } else {
    for (const h of res.hits) out(`${String(h.id).padStart(5)}  ${h.date ?? '    '}  ${h.title}\n       ${h.snippet.text}`);
    out(`${res.total} document(s)`);
  }
  return 0;
}

export async function runShow(call: CliCall, id: string | undefined, flags: LibraryFlags, out: Out): Promise<number> {
  const docId = idArg(id);
  // The terms it cites, each with what it stands for in the volume's terms list; the people it names, with their roles.
  const json = {
    ...toShowJson(await call('document.get', { id: docId })),
    terms: await call('terms.ofDocument', { id: docId }),
    people: toShowPeople(await call('people.ofDocument', { id: docId })),
  };
  if (flags.json) out(JSON.stringify(json, null, 2));
  else out(`${json.title}\n${[json.from, json.to].filter(Boolean).join(' → ')}  ${json.date ?? ''}\n\n${json.text}`);
  return 0;
}

export async function runList(call: CliCall, flags: LibraryFlags, out: Out): Promise<number> {
  const docs = (await call('library.list', {})).map((d) => ({ id: d.id, title: d.title, date: d.date, collection: d.collection, number: d.number }));
  if (flags.json) out(JSON.stringify(docs, null, 2));
  else for (const d of docs) out(`${String(d.id).padStart(5)}  ${d.date ?? '          '}  ${d.title}`);
  return 0;
}
