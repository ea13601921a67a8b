import type { Inline, Mark } from '../../../src-shared/model/document';

type TextRun = Extract<Inline, { t: 'text' }>;
type LinkRun = Extract<Inline, { t: 'link' }>;

const NO_MARKS: readonly Mark[] = [];

/**
 * Runs of XML whitespace (space, tab, CR, LF) other than a lone space: a
 * single space between words, by far the commonest case, is not a match and
 * costs nothing (half the time of matching every run). A no-break space is
 * not XML whitespace: it is intentional and stays.
 */
const XML_SPACE_RUN = / {2,}(?:[\t\n\r][ \t\n\r]*)?| ?[\t\n\r][ \t\n\r]*/g;

/** Every run of XML whitespace becomes one space. */
export function collapseSpace(text: string): string {
  return text.replace(XML_SPACE_RUN, ' ');
}

const REND_MARKS: Readonly<Record<string, Mark>> = {
  italic: 'italic', italics: 'italic', i: 'italic', em: 'italic',
  bold: 'bold', b: 'bold', strong: 'bold',
  smallcaps: 'smallcaps', 'small-caps': 'smallcaps', sc: 'smallcaps',
  superscript: 'sup', sup: 'sup', subscript: 'sub', sub: 'sub',
  underline: 'underline', u: 'underline',
};

/** A volume uses a handful of distinct `rend` values thousands of times each. */
const rendCache = new Map<string, readonly Mark[]>();
const RENDS_CACHED = 256;

/** Marks named by a TEI `rend` ("italic", "smallcaps", "superscript", "italic bold"). */
export function marksOfRend(rend: string | undefined): readonly Mark[] {
  if (!rend) return [];
  const cached = rendCache.get(rend);
  if (cached) return cached;
  const marks: Mark[] = [];
  for (const token of rend.toLowerCase().split(/[\s;,]+/)) {
    const mark = Object.hasOwn(REND_MARKS, token) ? REND_MARKS[token] : undefined;
    if (mark && !marks.includes(mark)) marks.push(mark);
  }
  if (rendCache.size < RENDS_CACHED) rendCache.set(rend, marks);
  return marks;
}

/**
 * The inline runs of one paragraph-like element, built as SAX text arrives.
 * Whitespace is collapsed across element boundaries (so "<hi>a</hi> b" keeps
 * exactly one space), adjacent text with the same marks merges into one run,
 * and the result is trimmed at both ends when taken.
 */
export class InlineRuns {
  private root: Inline[] = [];
  private target: Inline[] = this.root;
  private readonly outerTargets: Inline[][] = [];
  private marks: readonly Mark[] = NO_MARKS;
  private readonly markStack: (readonly Mark[])[] = [];
  /** The last text run, while more text with the same marks may still extend it. */
  private open: TextRun | null = null;
  private openMarks: readonly Mark[] = NO_MARKS;
  /** True at the start and after a space or line break: a leading space is dropped. */
  private atSpace = true;

  get isEmpty(): boolean {
    return this.root.length === 0;
  }

  /** Nothing yet, or a line break last: what follows starts a line. */
  get atLineStart(): boolean {
    const last = this.root[this.root.length - 1];
    return last === undefined || last.t === 'lineBreak';
  }

  /** Appends text whose XML whitespace is already collapsed (see `collapseSpace`). */
  text(collapsed: string): void {
    let s = collapsed;
    if (this.atSpace && s.charCodeAt(0) === 32) s = s.slice(1);
    if (s.length === 0) return;
    this.atSpace = s.charCodeAt(s.length - 1) === 32;
    if (this.open !== null && this.openMarks === this.marks) {
      this.open.text += s;
      return;
    }
    const run: TextRun = this.marks.length > 0 ? { t: 'text', text: s, marks: [...this.marks] } : { t: 'text', text: s };
    this.target.push(run);
    this.open = run;
    this.openMarks = this.marks;
  }

  lineBreak(): void {
    this.trimOpenEnd();
    this.target.push({ t: 'lineBreak' });
    this.open = null;
    this.atSpace = true;
  }

  /** A line break separating flattened blocks, unless one already ends the runs. */
  separate(): void {
    const last = this.target[this.target.length - 1];
    if (last !== undefined && last.t !== 'lineBreak') this.lineBreak();
  }

  /** A footnote reference or page marker: not text, so spacing around it is unchanged. */
  marker(inline: Inline): void {
    this.target.push(inline);
    this.open = null;
  }

  openLink(target: string): void {
    const link: LinkRun = { t: 'link', target, runs: [] };
    this.target.push(link);
    this.outerTargets.push(this.target);
    this.target = link.runs;
    this.open = null;
  }

  closeLink(): void {
    const outer = this.outerTargets.pop();
    if (outer === undefined) return; // the link was cut by a block split; its tail stays plain
    this.target = outer;
    this.open = null;
  }

  pushMarks(extra: readonly Mark[]): void {
    this.markStack.push(this.marks);
    const added = extra.filter((m) => !this.marks.includes(m));
    if (added.length > 0) this.marks = [...this.marks, ...added];
  }

  popMarks(): void {
    this.marks = this.markStack.pop() ?? NO_MARKS;
  }

  /** The runs so far, trimmed; the builder starts empty again (marks stay: elements are still open). */
  take(): Inline[] {
    const runs = this.root;
    trimEnd(runs);
    while (runs[0]?.t === 'lineBreak') runs.shift();
    this.root = [];
    this.target = this.root;
    this.outerTargets.length = 0;
    this.open = null;
    this.atSpace = true;
    return runs;
  }

  /** The open run is always the last one in `target`: any other push closes it. */
  private trimOpenEnd(): void {
    if (this.open === null) return;
    this.open.text = this.open.text.trimEnd();
    if (this.open.text === '') this.target.pop();
  }
}

/** Drops trailing spaces and line breaks, looking into a trailing link. */
function trimEnd(runs: Inline[]): void {
  for (;;) {
    const last = runs[runs.length - 1];
    if (last === undefined) return;
    if (last.t === 'lineBreak') runs.pop();
    else if (last.t === 'text') {
      last.text = last.text.trimEnd();
      if (last.text !== '') return;
      runs.pop();
    } else {
      if (last.t === 'link') trimEnd(last.runs);
      return;
    }
  }
}

/** True when the runs hold something other than page markers. */
export function hasContent(runs: readonly Inline[]): boolean {
  return runs.some((r) => r.t !== 'page');
}
