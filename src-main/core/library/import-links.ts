import { setImmediate, setTimeout } from 'node:timers/promises';
import type { Db } from '../db/open-database';
import type { Linking, WrittenDoc } from '../links/linking';
import type { KnownDocs } from '../people/person-import';
import type { Settings } from './settings';

/** The documents an import has still to link, kept in the library until they are: a crash meanwhile is finished at the next start. */
export const LINKS_PENDING = 'import.linksPending';
/** The documents whose person entries an import has still to write (the same way). */
export const PEOPLE_PENDING = 'import.peoplePending';

/** How long one step of the linking may hold the thread (as the index catch-up's steps, `import-writer.ts`). */
const SLICE_MS = 25;

/** The ids kept under a pending key; none if the value is not a list of ids. */
function pendingIds(value: string | null): number[] {
  try {
    const ids: unknown = JSON.parse(value ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is number => Number.isInteger(id)) : [];
  } catch {
    return [];
  }
}

export interface ImportLinksDeps {
  db: Db;
  linking: Pick<Linking, 'pass' | 'relink' | 'toRelinkAfterImport'>;
  settings: Settings;
  /** The person index's part of an import (`people.importSteps`), written in transactions of its own after the rows'. */
  people?: PeopleSteps;
  sliceMs?: number;
}

/** The person index written in steps: every document's persons list, then who each names (a slice at a time), then a tidy. */
export interface PeopleSteps {
  /** `known`: documents just written, with their persons lists as the import worked them out (else read from the library). */
  lists(ids: readonly number[], known?: KnownDocs): void;
  /** Writes as many of `ids` as fit before `until` (at least one); returns how many. */
  names(ids: readonly number[], until: number, known?: KnownDocs): number;
  tidy(): void;
}

/** What a file's rows' transaction leaves to do once it commits. */
export interface ImportPlan {
  /** The documents the file wrote (their person entries). */
  written: number[];
  /** The documents to link: those, and those elsewhere they may answer. */
  toLink: number[];
}

/**
 * An imported file's links and person entries, computed after its rows are
 * committed rather than in their transaction: for the 1918 volume, linking
 * took 250 ms and the person index 190 ms of a 450 ms transaction, and a
 * note saved meanwhile waited for all of it. Both are derived from the
 * documents, so until they are written the documents are there without
 * them; which documents they are still to be written for is kept with the
 * rows, and cleared once they are.
 */
export function createImportLinks({ db, linking, settings, people, sliceMs = SLICE_MS }: ImportLinksDeps) {
  /** The person entries of `ids`, in one transaction that also marks them written (at start). */
  const writePeople = (ids: readonly number[]): void => {
    if (!people) return;
    db.transaction(() => {
      people.lists(ids);
      people.names(ids, Number.POSITIVE_INFINITY);
      people.tidy();
      settings.set(PEOPLE_PENDING, '[]');
    })();
  };

  /**
   * The same after an import, a step at a time: the 1918 volume's entries
   * took 160 ms in one transaction, the longest a note saved during an
   * import still waited. The lists go first, in one step (a volume's list is
   * one document); then names, each step leaving what is still to do listed
   * for the next start (redoing a document's list there is harmless).
   */
  const writePeopleInSteps = async (p: PeopleSteps, ids: readonly number[], written: ReadonlyMap<number, WrittenDoc>): Promise<void> => {
    // The documents as written stand for their rows only until another write changes the library (a deletion, a correction).
    const seen = settings.generation();
    const known = (): KnownDocs | undefined => (settings.generation() === seen ? written : undefined);
    db.transaction(() => p.lists(ids, known()))();
    for (let at = 0; at < ids.length; ) {
      await setImmediate();
      db.transaction(() => {
        at += p.names(ids.slice(at), performance.now() + sliceMs, known());
        settings.set(PEOPLE_PENDING, JSON.stringify(ids.slice(at)));
      })();
    }
    db.transaction(() => {
      p.tidy();
      settings.set(PEOPLE_PENDING, '[]');
    })();
  };

  /** The ids kept under `key`; a value that is no list of ids is dropped. */
  const pending = (key: string): number[] => {
    const value = settings.get(key);
    const ids = pendingIds(value);
    if (ids.length === 0 && value !== null && value !== '[]') settings.set(key, '[]');
    return ids;
  };
  /** Runs `work`; if it fails, drops the list under `key` rather than fail every start on it. */
  const dropOnFailure = <T>(key: string, work: () => T): T | null => {
    try {
      return work();
    } catch {
      settings.set(key, '[]');
      return null;
    }
  };

  const writeAfterRows = async (plan: ImportPlan, written: ReadonlyMap<number, WrittenDoc>): Promise<void> => {
    const todo = plan.toLink;
    let seen = settings.generation();
    let step = linking.pass(written);
    // The rows' transaction has just held the thread: what waited meanwhile (a save's timer, a request) goes first.
    await setTimeout(0);
    if (people) {
      await writePeopleInSteps(people, plan.written, written);
      await setTimeout(0);
    }
    for (let at = 0; at < todo.length; ) {
      if (at > 0) await setImmediate();
      if (settings.generation() !== seen) {
        seen = settings.generation();
        step = linking.pass();
      }
      at += step(todo.slice(at), performance.now() + sliceMs).through;
    }
    db.transaction(() => settings.set(LINKS_PENDING, '[]'))();
  };

  return {
    /** Inside the rows' transaction: what to do once it commits (kept in the library). */
    plan(written: readonly number[]): ImportPlan {
      const toLink = linking.toRelinkAfterImport(written);
      settings.set(LINKS_PENDING, JSON.stringify(toLink));
      if (people) settings.set(PEOPLE_PENDING, JSON.stringify(written));
      return { written: [...written], toLink };
    },

    /**
     * Once the rows are committed: the person entries in one transaction, then
     * the links a short transaction at a time. The pass keeps its page maps
     * and the documents as written from step to step; when the documents
     * change meanwhile (the library's generation moves: a deletion, a
     * correction), it starts again from the library as it is. A note saved
     * meanwhile changes no document, so it costs the pass nothing.
     */
    async run(plan: ImportPlan, written: ReadonlyMap<number, WrittenDoc>): Promise<void> {
      try {
        await writeAfterRows(plan, written);
      } catch {
        // The file's rows are in: its report stays "imported". What failed stays listed, to be
        // tried once more at the next start (and dropped if it fails again).
      }
    },

    /**
     * At start: links what an import left unlinked when the app stopped. A
     * list that cannot be read or linked is dropped rather than kept to fail
     * every start: links are a cache, and the next import relinks the
     * documents whose references are unresolved.
     */
    finishPending(): number {
      const unwritten = pending(PEOPLE_PENDING);
      if (unwritten.length > 0) dropOnFailure(PEOPLE_PENDING, () => writePeople(unwritten));
      const todo = pending(LINKS_PENDING);
      if (todo.length === 0) return 0;
      return (
        dropOnFailure(LINKS_PENDING, () =>
          db.transaction(() => {
            const n = linking.relink(todo);
            settings.set(LINKS_PENDING, '[]');
            return n;
          })(),
        ) ?? 0
      );
    },
  };
}

export type ImportLinks = ReturnType<typeof createImportLinks>;
