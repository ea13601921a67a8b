/**
 * marked's inline tokens → the model's inline runs. Raw HTML never reaches the
 * model: a few formatting tags become marks, <sup>(1)</sup> becomes a note
 * reference, other tags are dropped and only their text is kept.
 */
import type { MarkedToken, Token } from 'marked';
import type { Inline, Mark } from '../../../src-shared/model/document';

const MARKED_TYPES: ReadonlySet<string> = new Set([
  'blockquote', 'br', 'checkbox', 'code', 'codespan', 'def', 'del', 'em', 'escape', 'heading', 'hr',
  'html', 'image', 'link', 'list', 'list_item', 'paragraph', 'space', 'strong', 'table', 'text',
]);

/** marked's Token union includes an open-ended Generic token; this narrows to the built-in ones. */
export function isMarkedToken(t: Token): t is MarkedToken {
  return MARKED_TYPES.has(t.type);
}

export interface InlineOptions {
  /** Turn <sup>(1)</sup> / <sup>1</sup> into note references with this id. */
  noteId?: (label: string) => string;
}

/** HTML tags that carry a mark; everything else is dropped. */
const TAG_MARKS: Readonly<Record<string, Mark>> = {
  i: 'italic', em: 'italic', cite: 'italic', b: 'bold', strong: 'bold',
  u: 'underline', sup: 'sup', sub: 'sub', small: 'smallcaps',
};

export function inlineRuns(tokens: readonly Token[], opts: InlineOptions = {}): Inline[] {
  const out: Inline[] = [];
  walk(tokens, out, opts);
  return tidy(out);
}

/** A stretch of sibling tokens still to be read, and the marks in force there. */
interface Frame {
  tokens: readonly Token[];
  at: number;
  end: number;
  marks: readonly Mark[];
  /** Open-tag index → index of its closing sibling, for this token list. */
  pairs: ReadonlyMap<number, number>;
}

/**
 * Depth-first over the tokens with a stack of frames rather than recursion:
 * however deep the emphasis, links or HTML tags nest, the call stack does not grow.
 */
function walk(root: readonly Token[], out: Inline[], opts: InlineOptions): void {
  const stack: Frame[] = [frame(root, [])];
  for (let top = stack[0]; top; top = stack[stack.length - 1]) {
    if (top.at >= top.end) {
      stack.pop();
      continue;
    }
    const i = top.at++;
    const tok = top.tokens[i];
    const close = top.pairs.get(i);
    if (tok && close !== undefined && close < top.end) {
      top.at = close + 1;
      const child = element(tokenText(tok), { ...top, at: i + 1, end: close }, out, opts);
      if (child) stack.push(child);
    } else if (tok) {
      const child = token(tok, top.marks, out);
      if (child) stack.push(child);
    }
  }
}

function frame(tokens: readonly Token[], marks: readonly Mark[]): Frame {
  return { tokens, at: 0, end: tokens.length, marks, pairs: pairTags(tokens) };
}

/** An HTML element whose open and close tags are sibling tokens: a note reference, or its content with a mark. */
function element(html: string, inner: Frame, out: Inline[], opts: InlineOptions): Frame | undefined {
  const tag = openingTag(html) ?? '';
  const label = tag === 'sup' && opts.noteId ? noteLabel(plain(inner.tokens.slice(inner.at, inner.end))) : undefined;
  if (label !== undefined && opts.noteId) {
    out.push({ t: 'noteRef', id: opts.noteId(label), label });
    return undefined;
  }
  const mark = TAG_MARKS[tag];
  return { ...inner, marks: mark ? withMark(inner.marks, mark) : inner.marks };
}

/** Emits a token's run, or returns the frame of its children to be read next. */
function token(tok: Token, marks: readonly Mark[], out: Inline[]): Frame | undefined {
  if (!isMarkedToken(tok)) {
    out.push(text(tok.raw, marks));
    return undefined;
  }
  switch (tok.type) {
    case 'strong': return frame(tok.tokens, withMark(marks, 'bold'));
    case 'em': return frame(tok.tokens, withMark(marks, 'italic'));
    case 'del': case 'link': case 'image': return frame(tok.tokens, marks);
    case 'br': out.push({ t: 'lineBreak' }); return undefined;
    case 'codespan': case 'escape': out.push({ t: 'text', text: tok.text, ...markProp(marks) }); return undefined;
    case 'html': if (/^<br\s*\/?>$/i.test(tok.text.trim())) out.push({ t: 'lineBreak' }); return undefined;
    case 'text':
      if (tok.tokens) return frame(tok.tokens, marks);
      out.push(text(tok.text, marks));
      return undefined;
    default: out.push(text('text' in tok ? tok.text : '', marks)); return undefined;
  }
}

function text(raw: string, marks: readonly Mark[]): Inline {
  // Soft line breaks inside a Markdown paragraph are just spaces.
  return { t: 'text', text: decodeEntities(raw).replace(/\s*\n\s*/g, ' '), ...markProp(marks) };
}

function markProp(marks: readonly Mark[]): { marks?: Mark[] } {
  return marks.length > 0 ? { marks: [...marks] } : {};
}

function withMark(marks: readonly Mark[], mark: Mark): Mark[] {
  return marks.includes(mark) ? [...marks] : [...marks, mark];
}

function tokenText(tok: Token): string {
  return isMarkedToken(tok) && 'text' in tok ? tok.text : tok.raw;
}

function openingTag(html: string): string | undefined {
  return /^<([a-z][a-z0-9]*)\b[^>]*(?<!\/)>$/i.exec(html.trim())?.[1]?.toLowerCase();
}

/**
 * Each opening HTML tag paired with its sibling closing tag, nesting
 * respected, in one pass (an unclosed tag has no pair and is dropped).
 */
function pairTags(tokens: readonly Token[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open = new Map<string, number[]>();
  tokens.forEach((tok, i) => {
    if (tok.type !== 'html') return;
    const html = tokenText(tok).trim().toLowerCase();
    const tag = openingTag(html);
    if (tag) {
      const list = open.get(tag) ?? [];
      list.push(i);
      open.set(tag, list);
      return;
    }
    const closing = /^<\/([a-z][a-z0-9]*)\s*>$/.exec(html)?.[1];
    const opener = closing ? open.get(closing)?.pop() : undefined;
    if (opener !== undefined) pairs.set(opener, i);
  });
  return pairs;
}

/** "(1)", "1", "[12]", "*" → the label; longer text is not a note reference. */
function noteLabel(text: string): string | undefined {
  return /^\s*[([]?(\d{1,3}|\*{1,3}|[a-z])[)\]]?\s*$/.exec(text)?.[1];
}

function plain(tokens: readonly Token[]): string {
  return tokens.map((t) => (t.type === 'html' ? '' : tokenText(t))).join('');
}

/** Adjacent runs with the same marks merged; no space left dangling before a note reference. */
function tidy(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (run.t === 'text' && run.text === '') continue;
    if (run.t === 'noteRef' && prev?.t === 'text') prev.text = prev.text.trimEnd();
    if (run.t === 'text' && prev?.t === 'text' && sameMarks(prev.marks, run.marks)) prev.text += run.text;
    else out.push(run.t === 'text' ? { ...run } : run);
  }
  return out.filter((r) => r.t !== 'text' || r.text !== '');
}

function sameMarks(a: readonly Mark[] = [], b: readonly Mark[] = []): boolean {
  return a.length === b.length && a.every((m) => b.includes(m));
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', shy: '',
};

/** marked leaves some character references as written; the model holds plain text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Text content of a block of raw HTML: tags, comments, scripts and styles removed. */
export function htmlToText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  return decodeEntities(stripped).replace(/\s+/g, ' ').trim();
}
