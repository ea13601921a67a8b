import type { Db } from '../db/open-database';
import type { DocumentMeta } from '../../../src-shared/model/document';
import { partiesShort } from '../../../src-shared/display/parties';
import type { CitingLink, DocLink, LinkTarget } from '../../contract';
import type { LinkStore, StoredLink, StoredTarget } from './link-store';

interface CardRow {
  id: number;
  title: string;
  date_start: string | null;
  meta_json: string;
  lead: string;
}

/** How much of a target's text the hover card shows. */
const LEAD_CHARS = 280;

/**
 * Links as the reader and the CLI show them. A target deleted since its link
 * was computed is left out, and a link left without any says not-found: the
 * citing document never shows a dead link, even before it is relinked.
 */
export function createLinkViews({ db, store }: { db: Db; store: LinkStore }) {
  const cards = db.prepare(`
    SELECT id, title, date_start, meta_json, substr(plain_text, 1, ${LEAD_CHARS}) AS lead
    FROM documents WHERE id IN (SELECT value FROM json_each(?))`);

  const cardsOf = (ids: readonly number[]): Map<number, Omit<LinkTarget, 'anchor'>> => {
    const rows = cards.all(JSON.stringify([...new Set(ids)])) as CardRow[];
    return new Map(
      rows.map((r) => {
        const meta = JSON.parse(r.meta_json) as DocumentMeta;
        return [r.id, { id: r.id, title: r.title, date: r.date_start, from: partiesShort(meta.from?.value), to: partiesShort(meta.to?.value), lead: r.lead.replace(/\s+/g, ' ').trim() }];
      }),
    );
  };

  const toViews = (links: readonly StoredLink[], targets: readonly StoredTarget[]): DocLink[] => {
    const found = cardsOf(targets.map((t) => t.target_id));
    const byLink = new Map<number, LinkTarget[]>();
    for (const t of targets) {
      const card = found.get(t.target_id);
      if (!card) continue;
      const list = byLink.get(t.link_id) ?? [];
      list.push({ ...card, anchor: t.anchor });
      byLink.set(t.link_id, list);
    }
    return links.map((l) => {
      const live = byLink.get(l.id) ?? [];
      const lost = l.status !== 'not-found' && live.length === 0;
      return {
        id: l.id,
        start: l.start,
        end: l.end,
        text: l.text,
        basis: l.basis,
        inFootnote: l.in_footnote === 1,
        status: lost ? 'not-found' : l.status,
        targets: live,
        targetRef: l.target_ref,
        targetLabel: lost ? `${l.text} — the document it led to has been deleted` : l.target_label,
        why: lost ? 'the document this link led to has been deleted from the library' : l.why,
      };
    });
  };

  return {
    refs(id: number): DocLink[] {
      const { links, targets } = store.ofSource(id);
      return toViews(links, targets);
    },
    citedBy(id: number): CitingLink[] {
      const { links, targets } = store.citing(id);
      const sources = cardsOf(links.map((l) => l.source_id));
      return toViews(links, targets).flatMap((view, i) => {
        const src = sources.get(links[i]?.source_id ?? 0);
        return src ? [{ ...view, source: { id: src.id, title: src.title, date: src.date } }] : [];
      });
    },
  };
}

export type LinkViews = ReturnType<typeof createLinkViews>;
