import type { QueryNode } from './query-parser';

/** A word, prefix or phrase of the query tree: what the inspector shows one chip for. */
export type LeafNode = Extract<QueryNode, { kind: 'term' | 'phrase' }>;

export interface Leaf {
  node: LeafNode;
  /** How it joins the leaf before it (`or` inside an OR group). */
  joined: 'and' | 'or';
  /** In a NEAR group, after its first word: within this many words of the others. */
  within?: number;
  excluded: boolean;
}

/**
 * The leaves of the tree in the order typed. One case per node kind, so a
 * new kind (NEAR) is one more case here.
 */
export function leavesOf(node: QueryNode, excluded: boolean, out: Leaf[] = [], joined: 'and' | 'or' = 'and'): Leaf[] {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      out.push({ node, joined, excluded });
      return out;
    case 'and':
    case 'or':
      node.children.forEach((c, i) => leavesOf(c, excluded, out, i === 0 ? joined : node.kind));
      return out;
    case 'near':
      // Each word of NEAR(...) gets its own chip and count; the group's window shows in its label.
      node.items.forEach((c, i) => {
        const first = out.length;
        leavesOf(c, excluded, out, i === 0 ? joined : 'and');
        const leaf = out[first];
        if (i > 0 && leaf) leaf.within = node.distance;
      });
      return out;
  }
}

/** The parts that must all match: the children of a top-level AND, else the whole tree. */
export function conjunctsOf(match: QueryNode): QueryNode[] {
  return match.kind === 'and' ? match.children : [match];
}

/** A node as the user would name it: `railway`, `"secretary of state"`, `oil or petroleum`. */
export function labelOf(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return isExact(node) ? `=${node.word}` : node.word;
    case 'phrase':
      return `"${node.words.join(' ')}"`;
    case 'and':
      return `(${node.children.map(labelOf).join(' ')})`;
    case 'or':
      return node.children.map(labelOf).join(' or ');
    case 'near':
      return `NEAR(${node.items.map(labelOf).join(' ')}, ${node.distance})`;
  }
}

/** `=word` (exact, not stemmed), when the tree carries that flag. */
export function isExact(node: QueryNode): boolean {
  return node.kind === 'term' && 'exact' in node && node.exact === true;
}
