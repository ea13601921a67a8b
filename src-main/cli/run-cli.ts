import { parseArgs } from 'node:util';
import { toApiError } from '../contract';
import { createCore } from '../core/core';
import { createHandlers } from '../core/handlers';
import { defaultLibraryDir } from '../core/library/library-location';
import { runCite, runNotes } from './annotation-commands';
import { cliCall } from './cli-call';
import { EXIT_CODES } from './exit-codes';
import { EXPORT_USAGE, runExport } from './export-command';
import { runImport, runList, runSearch, runShow } from './library-commands';
import { runCitedBy, runRefs } from './link-commands';
import { PEOPLE_USAGE, runPeople, runPerson } from './people-commands';
import { runCheck, runRestore } from './recovery-commands';
import { DOSSIER_USAGE, runDossier } from './run-dossier';
import { runRelated } from './related-command';
import { runThread } from './thread-command';
import { runLog, runSearches, runSets, SAVED_USAGE } from './saved-commands';
import { runView, VIEW_USAGE } from './view-command';

const USAGE = `Usage: npm run -s cli -- [--library DIR] <command>
  import PATH... [--json]      import files or folders (.xml TEI, .txt, .md); prints each file's warnings
  search "QUERY" [--json] [--year YYYY] [--from NAME] [--limit N]
${VIEW_USAGE}
  show ID [--json]
  refs ID [--json]             the document's links (editors' and found in the text), how each resolved
  cited-by ID [--json]         the links in other documents that cite it
  thread ID [--json]           the documents linked to ID, directly or not, in order of sending
  related ID [--json] [--scope volume|library] [--limit N]   documents related to ID, each with why
  list [--json]
${PEOPLE_USAGE}
  check                        full integrity check of the library file, and the backups
  restore [--backup NAME|latest]   put back a verified backup (the current file is kept in backups/)
  cite ID [--style chicago|frus] [--page N]   print the document's citation (plain text)
  notes export DIR             write every note as a Markdown file into DIR
${EXPORT_USAGE}
${DOSSIER_USAGE}
${SAVED_USAGE}`;

const COMMANDS = ['import', 'search', 'show', 'refs', 'cited-by', 'thread', 'related', 'list', 'people', 'person', 'cite', 'export', 'notes', 'dossier', 'sets', 'searches', 'log', 'check', 'restore'] as const;
type Command = (typeof COMMANDS)[number];
const isCommand = (s: string | undefined): s is Command => (COMMANDS as readonly (string | undefined)[]).includes(s);

type Out = (line: string) => void;

const stderr: Out = (l) => process.stderr.write(`${l}\n`);

type Flags = ReturnType<typeof parseFlags>['values'];

function parseFlags(argv: string[]) {
  return parseArgs({
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
      format: { type: 'string' },
      scope: { type: 'string' },
      view: { type: 'string' },
      sort: { type: 'string' },
      also: { type: 'string', multiple: true },
    },
  });
}

/** Every command but check and restore: a contract call (or a few) through `dispatch`, as the other faces make them. */
async function runOnCore(command: Exclude<Command, 'check' | 'restore'>, rest: string[], flags: Flags, out: Out, err: Out): Promise<number> {
  const core = createCore({ libraryDir: flags.library ?? defaultLibraryDir() });
  try {
    const call = cliCall(createHandlers(core));
    if (command === 'import') return await runImport(call, rest, flags, out, err);
    if (command === 'search') return flags.view === undefined ? await runSearch(call, rest, flags, out) : await runView(call, rest.join(' '), flags, out);
    if (command === 'show') return await runShow(call, rest[0], flags, out);
    if (command === 'refs') return await runRefs(call, rest[0], flags, out);
    if (command === 'cited-by') return await runCitedBy(call, rest[0], flags, out);
    if (command === 'thread') return await runThread(call, rest[0], flags, out, err);
    if (command === 'related') return await runRelated(call, rest[0], flags, out);
    if (command === 'cite') return await runCite(call, rest[0], flags, out);
    if (command === 'export') return await runExport(call, rest, flags, out);
    if (command === 'notes') return await runNotes(call, rest, out);
    if (command === 'dossier') return await runDossier(call, rest, flags, out, err);
    if (command === 'sets') return await runSets(call, rest, flags, out);
    if (command === 'searches') return await runSearches(call, flags, out);
    if (command === 'log') return await runLog(call, rest, flags, out);
    if (command === 'people') return await runPeople(call, rest, flags, out);
    if (command === 'person') return await runPerson(call, rest[0], flags, out);
    return await runList(call, flags, out);
  } finally {
    core.close();
  }
}

async function run(command: Command, rest: string[], flags: Flags, out: Out, err: Out): Promise<number> {
  const libraryDir = flags.library ?? defaultLibraryDir();
  // These two stay outside the core and the contract: they are what the user runs when the library will not open.
  if (command === 'check') return runCheck(libraryDir, out);
  if (command === 'restore') return runRestore(libraryDir, flags.backup, out);
  return runOnCore(command, rest, flags, out, err);
}

/**
 * Runs one command; the exit code. A failure is told on `err` as
 * "command: message" and its code chosen by EXIT_CODES (exit-codes.ts).
 */
export async function runCli(argv: string[], out: Out = (l) => process.stdout.write(`${l}\n`), err: Out = stderr): Promise<number> {
  const { values, positionals } = parseFlags(argv);
  const [command, ...rest] = positionals;
  if (!isCommand(command)) {
    err(USAGE);
    return EXIT_CODES['invalid-argument'];
  }
  try {
    return await run(command, rest, values, out, err);
  } catch (e) {
    const { code, message } = toApiError(e);
    err(`${command}: ${message}`);
    return EXIT_CODES[code];
  }
}
