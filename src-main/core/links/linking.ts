import type { Db } from '../db/open-database';
import type { DocumentBody, DocumentMeta, Placement } from '../../../src-shared/model/document';
import type { PersonInputs } from '../people/person-inputs';
import type { FoundLink } from './found-link';
import { createLinkContext, type PassBodies } from './link-context';
import type { LinkDoc, LinkFinder } from './link-finder';
import { linkInputs, type LinkInputs } from './link-inputs';
import { createLinkStore } from './link-store';

interface DocRow {
  id: number;
  meta_json: string;
  body_json: string;
  placement_json: string | null;
  plain_text: string;
}

/**
 * A document as an import has just written it, in the same transaction: its
 * metadata as stored (with the user's corrections), some of its stored
 * columns and what the parse worker read of its body. The import's linking
 * pass and person index take these rather than reading back every row it
 * wrote (72 ms of SQL for the three corpus volumes' 1,221 rows) and parsing
 * each body again.
 */
export interface WrittenDoc {
  meta: DocumentMeta;
  placementJson: string | null;
  plainText: string;
  /** Its `collection_id`. */
  collection: string | null;
  /** What linking and the person index read of its body, worked out where it was parsed. */
  inputs: { links: LinkInputs; people: PersonInputs };
}

/**
 * One link per passage: a reference found in the text that overlaps a link
 * the editors encoded ("Your <ref>No. 1</ref>") is theirs, not a second link.
 */
function editorsFirst(found: FoundLink[]): FoundLink[] {
  const editorial = found.filter((l) => l.basis === 'editorial');
  const overlaps = (a: FoundLink, b: FoundLink): boolean => a.start < b.end && b.start < a.end;
  return found.filter((l) => l.basis === 'editorial' || !editorial.some((e) => overlaps(e, l)));
}

export interface LinkingDeps {
  db: Db;
  /** Each finder sees every document; what they find is stored together (editorial first, then text). */
  finders: readonly LinkFinder[];
}

/**
 * The link pipeline: links are a cache of what the finders say about the
 * stored documents. They are computed for the documents an import wrote, and
 * recomputed for the documents whose links the change may alter: those citing
 * a volume just imported (its pages and documents now resolve), those with
 * unresolved references found in the text, and those citing a deleted
 * document (their link becomes not-found). A relink runs in the caller's
 * transaction; an import links its files' documents after their rows are
 * committed, in short steps (`import-links.ts`), so a note saved meanwhile
 * does not wait for the whole file's links.
 */
export function createLinking({ db, finders }: LinkingDeps) {
  const store = createLinkStore(db);
  const byId = db.prepare('SELECT id, meta_json, body_json, placement_json, plain_text FROM documents WHERE id = ?');
  const volumesOf = db.prepare('SELECT DISTINCT collection_id FROM documents WHERE id IN (SELECT value FROM json_each(?)) AND collection_id IS NOT NULL').pluck();
  const yearsOf = db.prepare('SELECT min(year) AS "from", max(year) AS until FROM documents WHERE id IN (SELECT value FROM json_each(?))');

  const load = (id: number, ctx: PassBodies, written?: ReadonlyMap<number, WrittenDoc>): LinkDoc | null => {
    const doc = written?.get(id);
    if (doc) {
      const placement = doc.placementJson ? (JSON.parse(doc.placementJson) as Placement) : null;
      return { id, meta: doc.meta, placement, plainText: doc.plainText, inputs: doc.inputs.links };
    }
    const row = byId.get(id) as DocRow | undefined;
    if (!row) return null;
    const body: DocumentBody = ctx.body(row.id, row.body_json);
    return {
      id: row.id,
      meta: JSON.parse(row.meta_json) as DocumentMeta,
      placement: row.placement_json ? (JSON.parse(row.placement_json) as Placement) : null,
      plainText: row.plain_text,
      inputs: linkInputs(body, row.plain_text),
    };
  };

  /**
   * A relinking pass: its context (page maps, parsed bodies) is kept from one
   * call to the next, each call a transaction of its own, so a long pass can
   * run in steps. Returns the call, which gives how many documents it linked.
   */
  const pass = (written?: ReadonlyMap<number, WrittenDoc>) => {
    const ctx = createLinkContext(db, written ? (id) => written.get(id)?.inputs.links.pages : undefined);
    /** Links `ids` in order, in one transaction, until `until` (at least one); returns how many it went through and linked. */
    return (ids: readonly number[], until = Number.POSITIVE_INFINITY): { through: number; linked: number } => {
      let through = 0;
      let linked = 0;
      db.transaction(() => {
        for (; through < ids.length && (through === 0 || performance.now() < until); through++) {
          const doc = load(ids[through] ?? 0, ctx, written);
          if (!doc) continue;
          store.replace(doc.id, editorsFirst(finders.flatMap((find) => find(doc, ctx))));
          linked++;
        }
      })();
      return { through, linked };
    };
  };

  /** Recomputes the links of these documents (those that still exist). Returns how many were linked. */
  const relink = (ids: Iterable<number>, written?: ReadonlyMap<number, WrittenDoc>): number => pass(written)([...new Set(ids)]).linked;

  /** The documents to link after an import wrote `ids`: them, and those elsewhere the new documents may answer. */
  const toRelinkAfterImport = (ids: readonly number[]): number[] => {
    const list = JSON.stringify(ids);
    const volumes = volumesOf.all(list) as string[];
    const years = yearsOf.get(list) as { from: number | null; until: number | null };
    const span = years.from === null || years.until === null ? null : { from: years.from, until: years.until };
    return [...new Set([...ids, ...store.intoVolumes(volumes), ...store.unresolvedText(span)])];
  };

  return {
    store,
    relink,
    pass,
    toRelinkAfterImport,
    /** After documents were deleted: links that named them are recomputed (and say not-found). */
    afterDelete(ids: readonly number[]): number {
      return relink(store.citingAny(ids));
    },
  };
}

export type Linking = ReturnType<typeof createLinking>;
