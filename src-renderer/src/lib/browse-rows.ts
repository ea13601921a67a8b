import type { DocSummary } from '../../../src-main/contract/views';

export type BrowseRow =
  | { kind: 'group'; key: string; label: string; count: number; depth: number; collapsed: boolean }
  | { kind: 'doc'; key: string; doc: DocSummary; depth: number };

interface GroupNode {
  key: string;
  label: string;
  groups: Map<string, GroupNode>;
  docs: DocSummary[];
  count: number;
}

const SINGLE = 'Single documents';

function node(key: string, label: string): GroupNode {
  return { key, label, groups: new Map(), docs: [], count: 0 };
}

function compareDate(a: DocSummary, b: DocSummary): number {
  if (a.date === b.date) return a.title.localeCompare(b.title);
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}

/** Chronological list; undated documents last. */
export function flatRows(docs: readonly DocSummary[]): BrowseRow[] {
  return [...docs].sort(compareDate).map((doc) => ({ kind: 'doc', key: `d${doc.id}`, doc, depth: 0 }));
}

/**
 * Collection (volume) → chapter headings → documents, in library order; enclosures
 * are listed under their parent document.
 */
export function groupedRows(docs: readonly DocSummary[], collapsed: ReadonlySet<string>): BrowseRow[] {
  const ids = new Set(docs.map((d) => d.id));
  const children = new Map<number, DocSummary[]>();
  const root = node('', '');
  for (const doc of docs) {
    const top = doc.collection ? `c:${doc.collection.id}` : 'single';
    let cur = root.groups.get(top);
    if (!cur) {
      cur = node(top, doc.collection?.title ?? SINGLE);
      root.groups.set(top, cur);
    }
    cur.count++;
    for (const heading of doc.chapter) {
      const key = `${cur.key}/${heading}`;
      let next = cur.groups.get(key);
      if (!next) {
        next = node(key, heading);
        cur.groups.set(key, next);
      }
      next.count++;
      cur = next;
    }
    if (doc.parentId !== null && ids.has(doc.parentId)) {
      const list = children.get(doc.parentId) ?? [];
      list.push(doc);
      children.set(doc.parentId, list);
    } else {
      cur.docs.push(doc);
    }
  }

  const rows: BrowseRow[] = [];
  const pushDoc = (doc: DocSummary, depth: number): void => {
    rows.push({ kind: 'doc', key: `d${doc.id}`, doc, depth });
    for (const child of children.get(doc.id) ?? []) pushDoc(child, depth + 1);
  };
  const walk = (n: GroupNode, depth: number): void => {
    const docsHere = n.key === 'single' ? [...n.docs].sort(compareDate) : n.docs;
    for (const doc of docsHere) pushDoc(doc, depth);
    for (const g of n.groups.values()) {
      const isCollapsed = collapsed.has(g.key);
      rows.push({ kind: 'group', key: g.key, label: g.label, count: g.count, depth, collapsed: isCollapsed });
      if (!isCollapsed) walk(g, depth + 1);
    }
  };
  // Volumes first, single documents last.
  const tops = [...root.groups.values()].sort((a, b) => Number(a.key === 'single') - Number(b.key === 'single'));
  for (const g of tops) {
    const isCollapsed = collapsed.has(g.key);
    rows.push({ kind: 'group', key: g.key, label: g.label, count: g.count, depth: 0, collapsed: isCollapsed });
    if (!isCollapsed) walk(g, 1);
  }
  return rows;
}
