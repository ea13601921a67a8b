/**
 * How deep a Markdown file nests, found in one pass over its lines before
 * marked sees it: marked recurses once per level of lists, block quotes and
 * emphasis, and takes minutes (or overflows the stack) on thousands of levels.
 * The count is a cheap upper bound on CommonMark's nesting, close enough that
 * no letter comes near the limit.
 */
import { ImportError } from './importer';

/** Far beyond any letter: real ones nest lists two or three deep. */
export const MAX_NESTING = 32;

const LIST_MARKER = /([-+*]|\d{1,9}[.)])(?=[ \t]|$)/y;
/** "- - -", "* * *": a thematic break, not three list markers. */
const BREAK = /[ \t>]*([-*_])(?:[ \t]*\1){2,}[ \t]*(?=\n|$)/y;

/** Refuses lists / quotes nested, or emphasis opened, more than `max` deep; names the line. */
export function checkMarkdownNesting(name: string, text: string, max = MAX_NESTING): void {
  const lists = new ListStack();
  let emphasis = 0;
  let line = 0;
  let blankBefore = true;
  for (let start = 0; start <= text.length; start = nextLine(text, start)) {
    line++;
    const end = lineEnd(text, start);
    const prefix = containers(text, start, end);
    if (prefix.blank) {
      blankBefore = true;
      emphasis = 0;
      continue;
    }
    lists.enter(prefix, blankBefore);
    blankBefore = false;
    if (prefix.quotes + lists.depth > max) {
      throw new ImportError(name, `lists or quotes nested more than ${max} deep`, line);
    }
    if (prefix.markers.length > 0 || prefix.quotes > 0) emphasis = 0; // a new block: emphasis cannot carry over
    let peak: number;
    [emphasis, peak] = openEmphasis(text, prefix.contentStart, end, emphasis);
    if (peak > max) throw new ImportError(name, `emphasis markers (*, _ or ~) nested more than ${max} deep`, line);
  }
}

interface Prefix {
  blank: boolean;
  quotes: number;
  /** Column and content column of each list marker in the line's prefix. */
  markers: Array<{ column: number; content: number }>;
  /** Column of the first text after the prefix. */
  textColumn: number;
  contentStart: number;
}

/** The block-quote and list markers that open a line ("> - > 1. text"), with their columns. */
function containers(text: string, start: number, end: number): Prefix {
  const prefix: Prefix = { blank: false, quotes: 0, markers: [], textColumn: 0, contentStart: start };
  let i = start;
  let column = 0;
  BREAK.lastIndex = start;
  const isBreak = BREAK.test(text);
  for (; !isBreak; ) {
    while (i < end && (text[i] === ' ' || text[i] === '\t')) column = text[i++] === '\t' ? column + 4 - (column % 4) : column + 1;
    if (i < end && text[i] === '>') {
      prefix.quotes++;
      i++;
      column++;
      continue;
    }
    LIST_MARKER.lastIndex = i;
    const m = i < end ? LIST_MARKER.exec(text) : null;
    if (m && LIST_MARKER.lastIndex <= end) {
      const width = m[0].length;
      prefix.markers.push({ column, content: column + width + 1 });
      i += width;
      column += width;
      continue;
    }
    break;
  }
  prefix.blank = i >= end && prefix.quotes === 0 && prefix.markers.length === 0;
  prefix.textColumn = column;
  prefix.contentStart = i;
  return prefix;
}

/** Content columns of the open list items, outermost first. */
class ListStack {
  private readonly content: number[] = [];

  get depth(): number {
    return this.content.length;
  }

  enter(prefix: Prefix, blankBefore: boolean): void {
    if (prefix.markers.length === 0) {
      // Text less indented than the item closes it only after a blank line (else it is a lazy continuation).
      if (blankBefore) this.popBelow(prefix.textColumn);
      return;
    }
    for (const marker of prefix.markers) {
      this.popBelow(marker.column);
      this.content.push(marker.content);
    }
  }

  /** Closes the items whose content starts right of `column`: a line there is not inside them. */
  private popBelow(column: number): void {
    while (this.content.length > 0 && column < (this.content[this.content.length - 1] ?? 0)) this.content.pop();
  }
}

/**
 * Emphasis delimiters (* _ ~) open at the end of the line, and the most open
 * at any point in it: a run that can open adds its length, one that can
 * close takes it away. An upper bound on how deep emphasis nests.
 */
function openEmphasis(text: string, from: number, to: number, open: number): [number, number] {
  let peak = open;
  for (let i = from; i < to; ) {
    const c = text[i];
    if (c !== '*' && c !== '_' && c !== '~') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && text[j] === c) j++;
    const before = i > from ? text[i - 1] ?? ' ' : ' ';
    const after = j < to ? text[j] ?? ' ' : ' ';
    const opens = !/\s/.test(after) && (!/\p{P}/u.test(after) || /[\s\p{P}]/u.test(before));
    const closes = !/\s/.test(before) && (!/\p{P}/u.test(before) || /[\s\p{P}]/u.test(after));
    if (closes && open > 0) open = Math.max(0, open - (j - i));
    else if (opens) open += j - i;
    peak = Math.max(peak, open);
    i = j;
  }
  return [open, peak];
}

function lineEnd(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  return nl < 0 ? text.length : nl;
}

function nextLine(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  return nl < 0 ? text.length + 1 : nl + 1;
}
