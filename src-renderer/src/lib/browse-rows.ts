import type { LibraryOutline } from '@contract';

/** A row of the browse list. A document row knows its id and size; its details come by page. */
export type BrowseRow =
  | { kind: 'group'; key: string; label: string; count: number; depth: number; collapsed: boolean }
  | { kind: 'doc'; key: string; id: number; titleChars: number; depth: number };

interface GroupNode {
  key: string;
  label: string;
  groups: Map<string, GroupNode>;
  /** Positions in the outline's arrays. */
  docs: number[];
  count: number;
}

function node(key: string, label: string): GroupNode {
  return { key, label, groups: new Map(), docs: [], count: 0 };
}

const docRow = (o: LibraryOutline, i: number, depth: number): BrowseRow => ({
  kind: 'doc',
  key: `d${o.ids[i] ?? 0}`,
  id: o.ids[i] ?? 0,
  titleChars: o.titleChars[i] ?? 0,
  depth,
});

/** Chronological list; undated documents last. */
export function flatRows(o: LibraryOutline): BrowseRow[] {
  return o.byDate.map((i) => docRow(o, i, 0));
}

/**
 * Collection (volume) → chapter headings → documents, in library order; enclosures
 * are listed under their parent document; single documents last, by date.
 */
export function groupedRows(o: LibraryOutline, collapsed: ReadonlySet<string>): BrowseRow[] {
  const present = new Set(o.ids);
  const children = new Map<number, number[]>();
  const root = node('', '');
  o.ids.forEach((id, i) => {
    const place = o.paths[o.path[i] ?? 0];
    const group = o.groups[place?.group ?? 0];
    if (!place || !group) return;
    let cur = root.groups.get(group.key);
    if (!cur) {
      cur = node(group.key, group.title);
      root.groups.set(group.key, cur);
    }
    cur.count++;
    for (const heading of place.chapter) {
      const key = `${cur.key}/${heading}`;
      let next = cur.groups.get(key);
      if (!next) {
        next = node(key, heading);
        cur.groups.set(key, next);
      }
      next.count++;
      cur = next;
    }
    const parent = o.parent[i] ?? 0;
    if (parent !== 0 && present.has(parent)) {
      const list = children.get(parent) ?? [];
      list.push(i);
      children.set(parent, list);
    } else {
      cur.docs.push(i);
    }
  });

  const dateRank = new Int32Array(o.ids.length);
  o.byDate.forEach((i, rank) => (dateRank[i] = rank));
  const rows: BrowseRow[] = [];
  const pushDoc = (i: number, depth: number): void => {
    rows.push(docRow(o, i, depth));
    for (const child of children.get(o.ids[i] ?? 0) ?? []) pushDoc(child, depth + 1);
  };
  const walk = (n: GroupNode, depth: number): void => {
    const docsHere = n.key === 'single' ? [...n.docs].sort((a, b) => (dateRank[a] ?? 0) - (dateRank[b] ?? 0)) : n.docs;
    for (const i of docsHere) pushDoc(i, depth);
    for (const g of n.groups.values()) {
      const isCollapsed = collapsed.has(g.key);
      rows.push({ kind: 'group', key: g.key, label: g.label, count: g.count, depth, collapsed: isCollapsed });
      if (!isCollapsed) walk(g, depth + 1);
    }
  };
  // The outline lists volumes first and single documents last.
  for (const g of root.groups.values()) {
    const isCollapsed = collapsed.has(g.key);
    rows.push({ kind: 'group', key: g.key, label: g.label, count: g.count, depth: 0, collapsed: isCollapsed });
    if (!isCollapsed) walk(g, 1);
  }
  return rows;
}

/** The ids of the document rows among rows [first, last). */
export function docIdsIn(rows: readonly BrowseRow[], first: number, last: number): number[] {
  const ids: number[] = [];
  for (let i = Math.max(0, first); i < Math.min(rows.length, last); i++) {
    const row = rows[i];
    if (row?.kind === 'doc') ids.push(row.id);
  }
  return ids;
}
