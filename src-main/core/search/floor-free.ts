/**
 * An expression of words as the search writes it for FTS5 (`fts-query.ts`:
 * phrases, `(a AND b)` and `(a OR b)` groups), without the phrases of its
 * AND groups that FTS5 weighs at its floor (`impacts.ts`). For every document
 * matching the whole expression, the BM25 of what is left is the sum of the
 * other phrases' BM25 (FTS5 sums its phrases, and a floored one adds a
 * millionth), but FTS5 no longer walks the doclists of `the` or `government`
 * to compute it. Null when the expression holds anything else (NOT, NEAR, a
 * column) or nothing is left.
 */

type Node = { phrase: string } | { op: 'AND' | 'OR'; children: Node[] };

const TOKEN = /\s*("(?:[^"]|"")*"\*?|\(|\)|AND\b|OR\b|\S+)/y;

function tokens(expr: string): string[] | null {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expr.length) {
    const m = TOKEN.exec(expr);
    if (!m) return /^\s*$/.test(expr.slice(TOKEN.lastIndex)) ? out : null;
    out.push(m[1] ?? '');
  }
  return out;
}

/** Parses a run of items joined by one operator (implicit AND between juxtaposed items), up to `)` or the end. */
function group(ts: string[], at: { i: number }): Node | null {
  const children: Node[] = [];
  let op: 'AND' | 'OR' | null = null;
  while (at.i < ts.length && ts[at.i] !== ')') {
    const t = ts[at.i++] ?? '';
    if (t === 'AND' || t === 'OR') {
      if (op !== null && op !== t) return null;
      op = t;
      continue;
    }
    if (t === '(') {
      const inner = group(ts, at);
      if (!inner || ts[at.i++] !== ')') return null;
      children.push(inner);
    } else if (t.startsWith('"')) children.push({ phrase: t });
    else return null;
  }
  return children.length === 1 && children[0] ? children[0] : { op: op ?? 'AND', children };
}

/**
 * Only a floored phrase directly under an AND is left out: anything else that
 * cannot be written (a group whose phrases are all floored) gives up on the
 * whole expression, so no phrase that weighs is ever dropped with it.
 */
function emit(node: Node, floored: (phrase: string) => boolean): string | null {
  if ('phrase' in node) return node.phrase;
  const parts: string[] = [];
  for (const child of node.children) {
    if (node.op === 'AND' && 'phrase' in child && floored(child.phrase)) continue;
    const part = emit(child, floored);
    if (part === null) return null;
    parts.push(part);
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] ?? null) : `(${parts.join(` ${node.op} `)})`;
}

export function withoutFloored(expr: string, floored: (phrase: string) => boolean): string | null {
  const ts = tokens(expr);
  if (!ts) return null;
  const at = { i: 0 };
  const tree = group(ts, at);
  if (!tree || at.i !== ts.length) return null;
  return emit(tree, floored);
}
