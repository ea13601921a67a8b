import type { Inline, Mark } from '../model/document';

type TextRun = Extract<Inline, { t: 'text' }>;
type LinkRun = Extract<Inline, { t: 'link' }>;

const NO_MARKS: readonly Mark[] = [];

/** XML indentation (space, tab, CR, LF) collapses; a no-break space is intentional and stays. */
const XML_SPACE = /[ \t\r\n]+/g;

export function collapseSpace(text: string): string {
  return text.replace(XML_SPACE, ' ');
}

const REND_MARKS: Readonly<Record<string, Mark>> = {
  italic: 'italic', italics: 'italic', i: 'italic', em: 'italic',
  bold: 'bold', b: 'bold', strong: 'bold',
  smallcaps: 'smallcaps', 'small-caps': 'smallcaps', sc: 'smallcaps',
  superscript: 'sup', sup: 'sup', subscript: 'sub', sub: 'sub',
  underline: 'underline', u: 'underline',
};

/** Marks named by a TEI `rend` ("italic", "smallcaps", "superscript", "italic bold"). */
export function marksOfRend(rend: string | undefined): Mark[] {
  if (!rend) return [];
  const marks: Mark[] = [];
  for (const token of rend.toLowerCase().split(/[\s;,]+/)) {
    const mark = REND_MARKS[token];
    if (mark && !marks.includes(mark)) marks.push(mark);
  }
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

  text(raw: string): void {
    let s = collapseSpace(raw);
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

  private trimOpenEnd(): void {
    if (this.open === null) return;
    this.open.text = this.open.text.trimEnd();
    if (this.open.text === '') this.target.splice(this.target.indexOf(this.open), 1);
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
