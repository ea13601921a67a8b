import type { RelatedDocuments, RelatedKind, RelatedReason, RelatedScope } from '../../contract';
import type { Db } from '../db/open-database';
import type { DocumentRepository } from '../library/document-repository';
import type { SearchIndex } from '../search/search-index';
import { createChapterReasons } from './chapter-reasons';
import { createFileReasons } from './file-reasons';
import type { Asked, Found } from './found';
import { createLinkReasons } from './link-reasons';
import { createPartyReasons } from './party-reasons';
import { partiesAsPeople, type PeopleSource } from './people-source';
import { createSimilarText } from './similar-text';
import { CORRESPONDENCE_DAYS } from './weights';

export interface RelatedDeps {
  db: Db;
  repo: DocumentRepository;
  index: SearchIndex;
  /** Who the documents name; by default their parties (the person index plugs in here). */
  people?: PeopleSource;
}

/** Reasons listed in this order under a document: the strongest first. */
const ORDER: RelatedKind[] = ['cites', 'cited-by', 'same-file-number', 'correspondence', 'similar-text', 'same-file', 'same-chapter', 'shared-people'];
const byKind = (a: RelatedReason, b: RelatedReason): number => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind);

/** Related documents: each reason finds its documents, a document's score is the sum of its reasons' weights (`weights.ts`). */
export function createRelated({ db, repo, index, people }: RelatedDeps) {
  const store = () => index.store;
  const links = createLinkReasons(db);
  const files = createFileReasons(db, store);
  const chapter = createChapterReasons(db);
  const parties = createPartyReasons(store, people ?? partiesAsPeople(store));
  const similar = createSimilarText(db, index);

  // A volume's front and back matter (lists of papers, the index) are sections, not documents: they are never "related".
  const sections = db.prepare("SELECT id FROM documents INDEXED BY documents_sections WHERE kind = 'section'").pluck();

  const scopeOf = (id: number, scope: RelatedScope): ((other: number) => boolean) => {
    const skip = new Set(sections.all() as number[]);
    if (scope === 'library') return (other) => !skip.has(other);
    const s = store();
    const own = s.first('collection', id);
    // A document outside any volume (a note, a text file) has the other loose documents as its "volume".
    return (other) => s.first('collection', other) === own && !skip.has(other);
  };

  return {
    related(id: number, scope: RelatedScope = 'volume', limit = 20): RelatedDocuments {
      const asked: Asked = { id, inScope: scopeOf(id, scope) };
      const found: Found[] = [...links(asked), ...files(asked), ...parties.correspondence(asked), ...similar(asked), ...chapter(asked)];
      const inCorrespondence = new Set(found.filter((f) => f.reason.kind === 'correspondence').map((f) => f.id));
      found.push(...parties.shared(asked, inCorrespondence));
      const reasons = new Map<number, RelatedReason[]>();
      for (const f of found) {
        if (f.id === id) continue;
        const list = reasons.get(f.id) ?? [];
        // One reason of a kind per document (two links citing it read as one relation).
        if (!list.some((r) => r.kind === f.reason.kind)) list.push(f.reason);
        reasons.set(f.id, list);
      }
      const dateKey = store().dateKey;
      const own = dateKey[id] ?? 0;
      const ranked = [...reasons]
        .map(([other, rs]) => ({ other, rs: rs.sort(byKind), score: rs.reduce((s, r) => s + r.weight, 0) }))
        // Ties: the nearer in date first, then the volume's order.
        .sort((a, b) => b.score - a.score || Math.abs((dateKey[a.other] ?? 0) - own) - Math.abs((dateKey[b.other] ?? 0) - own) || a.other - b.other)
        .slice(0, limit);
      const summaries = new Map(repo.summaries(ranked.map((r) => r.other)).map((s) => [s.id, s]));
      const documents = ranked.flatMap((r) => {
        const doc = summaries.get(r.other);
        return doc ? [{ doc, score: Math.round(r.score * 1000) / 1000, reasons: r.rs.map((x) => ({ ...x, weight: Math.round(x.weight * 1000) / 1000 })) }] : [];
      });
      return { id, scope, documents, days: CORRESPONDENCE_DAYS };
    },
  };
}

export type Related = ReturnType<typeof createRelated>;
