import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { migrations } from './migrations';

/**
 * Checks of a library file opened raw: no migrations, no index, no seeding,
 * so they work on exactly the file that will not open as a library.
 */
export interface FileCheck {
  /** `integrity_check` lines; empty when the file is intact. */
  problems: string[];
  /** Tables and indexes the problems are in, where SQLite says. */
  affected: string[];
}

const LATEST = migrations.reduce((max, m) => Math.max(max, m.version), 0);
/** Tables every Chancery library has had since its first schema. */
const CORE_TABLES = ['documents', 'notes', 'settings'];

/**
 * Opens read-only and leaves no `-wal`/`-shm` beside a file that had none
 * (a backup must stay one file, unchanged).
 */
export function withReadOnly<T>(path: string, use: (db: Database.Database) => T): T {
  const had = ['-wal', '-shm'].filter((s) => existsSync(path + s));
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return use(db);
  } finally {
    db.close();
    for (const s of ['-wal', '-shm']) if (!had.includes(s)) rmSync(path + s, { force: true });
  }
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Table or index name for each b-tree root page, to name what a "Tree N" message is about. */
function treeNames(db: Database.Database): Map<number, string> {
  const roots = db.prepare('SELECT name, rootpage FROM sqlite_schema WHERE rootpage > 0').all() as Array<{ name: string; rootpage: number }>;
  return new Map(roots.map((r) => [r.rootpage, r.name]));
}

function namesIn(lines: string[], trees: Map<number, string>): string[] {
  const names = new Set<string>();
  for (const line of lines) {
    for (const m of line.matchAll(/\bTree (\d+)\b/g)) names.add(trees.get(Number(m[1])) ?? `b-tree at page ${m[1]}`);
    for (const m of line.matchAll(/\bindex (\w+)/g)) if (m[1]) names.add(m[1]);
  }
  return [...names];
}

/** The check's lines, without "ok" and the "*** in database main ***" heading SQLite puts first. */
const rows = (db: Database.Database, pragma: string): string[] =>
  (db.pragma(pragma) as Array<Record<string, string>>)
    .flatMap((r) => Object.values(r).join(' ').split('\n'))
    .filter((l) => l !== 'ok' && !l.startsWith('*** in database'));

/**
 * Some damage makes a full `integrity_check` stop with "malformed" instead of
 * listing it. Stopping at the first problem still reports that one; checking
 * table by table then says which tables cannot be read.
 */
function tableByTable(db: Database.Database, stopped: string): FileCheck {
  let first: string[];
  try {
    first = rows(db, 'integrity_check(1)');
  } catch {
    first = [];
  }
  const problems = first.length > 0 ? first : [`integrity_check stopped: ${stopped}`];
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0").pluck().all() as string[];
  const affected: string[] = [];
  for (const table of tables) {
    try {
      const found = rows(db, `quick_check("${table}")`);
      if (found.length === 0) continue;
      problems.push(...found.filter((l) => !problems.includes(l)));
    } catch (err) {
      problems.push(`${table}: cannot be read whole (${message(err)})`);
    }
    affected.push(table);
  }
  return { problems, affected };
}

/** `PRAGMA integrity_check` of the whole file, naming what is damaged. */
export function checkFile(path: string): FileCheck {
  try {
    return withReadOnly(path, (db) => {
      let trees: Map<number, string>;
      try {
        trees = treeNames(db);
      } catch (err) {
        // SQLITE_NOTADB: the header is gone, so nothing in the file can be found.
        const whole = err instanceof Error && 'code' in err && err.code === 'SQLITE_NOTADB';
        return { problems: [`the list of tables cannot be read: ${message(err)}`], affected: [whole ? 'the whole file' : 'sqlite_schema'] };
      }
      try {
        const problems = rows(db, 'integrity_check');
        return { problems, affected: namesIn(problems, trees) };
      } catch (err) {
        const found = tableByTable(db, message(err));
        return { problems: found.problems, affected: [...new Set([...found.affected, ...namesIn(found.problems, trees)])] };
      }
    });
  } catch (err) {
    // Opening fails when the header itself is gone ("file is not a database").
    return { problems: [message(err)], affected: ['the whole file'] };
  }
}

/**
 * Why a file cannot stand in for the library, or null when it can: intact,
 * with Chancery's tables, and a schema this build knows.
 */
export function whyNotALibrary(path: string): string | null {
  const check = checkFile(path);
  if (check.problems.length > 0) return `it is damaged (${check.problems[0] ?? ''})`;
  return withReadOnly(path, (db) => {
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > LATEST) return `it was written by a newer Chancery (schema ${version}; this version knows ${LATEST})`;
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
    const missing = CORE_TABLES.filter((t) => !tables.includes(t));
    if (version < 1 || missing.length > 0) return 'it is not a Chancery library';
    return null;
  });
}
