/**
 * A light pass over the XML text ahead of saxes, for two things saxes does
 * badly: a bare "&" (saxes reads everything up to the next ";" as an entity
 * name, so the error surfaces at the end of the file as "unclosed tag"), and
 * an enormous run of text (saxes buffers a whole text node, attribute or
 * comment before handing it on). Linear; holds back at most a few characters.
 */

/** Characters without a "<": the largest text node in the FRUS fixtures is 4,363; 1 MB is 240 times that. */
export const DEFAULT_MAX_RUN = 1 << 20;

/** A problem found at a line and, where it helps, a column (1-based): bad XML, or past a size limit. */
export class ScanProblem extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column?: number,
    readonly malformed = column !== undefined,
  ) {
    super(message);
  }
}

type Mode = 'markup' | 'comment' | 'cdata' | 'pi';
const END: Record<Exclude<Mode, 'markup'>, string> = { comment: '-->', cdata: ']]>', pi: '?>' };
/** Held back at a piece's end when it might be the start of "<![CDATA[" or of a reference. */
const LOOKAHEAD = 12;
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
const NAMED = /&([A-Za-z_][\w.-]*);/y;

export class XmlScanner {
  /** Line and column of the next character to be scanned. */
  line = 1;
  column = 1;
  private mode: Mode = 'markup';
  private run = 0;
  private runLine = 1;
  private held = '';
  /** Position of the next "\n" at or after the scan position in the piece being scanned (-1: none). */
  private newline = -1;

  constructor(private readonly maxRun = DEFAULT_MAX_RUN) {}

  scan(text: string): void {
    this.pass(this.held + text, false);
  }

  end(): void {
    this.pass(this.held, true);
  }

  private pass(s: string, final: boolean): void {
    this.held = '';
    this.newline = s.indexOf('\n');
    let i = 0;
    while (i < s.length) {
      i = this.mode === 'markup' ? this.markup(s, i, final) : this.inside(s, i, final);
    }
  }

  /** Text and tags: stops at each "<" and "&". Returns where to go on. */
  private markup(s: string, i: number, final: boolean): number {
    let j = i;
    while (j < s.length && s.charCodeAt(j) !== 0x3c && s.charCodeAt(j) !== 0x26) j++;
    this.advance(s, i, j);
    if (j === s.length) return j;
    if (!final && s.length - j < LOOKAHEAD) return this.hold(s, j);
    if (s[j] === '&') {
      REFERENCE.lastIndex = j;
      if (!REFERENCE.test(s)) throw new ScanProblem(badReference(s, j), this.line, this.column);
      this.advance(s, j, REFERENCE.lastIndex);
      return REFERENCE.lastIndex;
    }
    this.run = 0;
    this.runLine = this.line;
    const open = s.startsWith('<!--', j) ? 'comment' : s.startsWith('<![CDATA[', j) ? 'cdata' : s.startsWith('<?', j) ? 'pi' : null;
    const width = open === 'comment' ? 4 : open === 'cdata' ? 9 : open === 'pi' ? 2 : 1;
    if (open) this.mode = open;
    this.advance(s, j, j + width);
    return j + width;
  }

  /** Inside a comment, CDATA section or processing instruction, where "&" and "<" mean nothing. */
  private inside(s: string, i: number, final: boolean): number {
    const end = END[this.mode as Exclude<Mode, 'markup'>];
    const k = s.indexOf(end, i);
    if (k < 0) {
      // The end marker may be split between pieces: keep its possible start.
      const keep = final ? s.length : Math.max(i, s.length - (end.length - 1));
      this.advance(s, i, keep);
      return this.hold(s, keep);
    }
    this.advance(s, i, k + end.length);
    this.mode = 'markup';
    return k + end.length;
  }

  /** Keeps s from `at` for the next piece (nothing is held once the input has ended). */
  private hold(s: string, at: number): number {
    this.held = s.slice(at);
    return s.length;
  }

  /** Moves the position over s[from, to), counting lines and the length of the current run. */
  private advance(s: string, from: number, to: number): void {
    this.run += to - from;
    if (this.run > this.maxRun) {
      const mb = this.maxRun / (1 << 20);
      throw new ScanProblem(
        `more than ${mb >= 1 ? `${mb} MB` : `${this.maxRun} characters`} of text without any markup from here on; ` +
          'a FRUS paragraph is a few KB, so the file is damaged or not a TEI volume',
        this.runLine,
      );
    }
    // Positions only move forward, so each newline is looked for once (not once per call).
    if (this.newline < 0 || this.newline >= to) {
      this.column += to - from;
      return;
    }
    let last = this.newline;
    for (; this.newline >= 0 && this.newline < to; this.newline = s.indexOf('\n', this.newline + 1)) {
      this.line++;
      last = this.newline;
    }
    this.column = to - last;
  }
}

function badReference(s: string, j: number): string {
  NAMED.lastIndex = j;
  const named = NAMED.exec(s);
  if (named) {
    return `an unknown entity &${named[1]}; (only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#160; are defined)`;
  }
  if (s[j + 1] === '#') return 'a malformed character reference (write &#NNN; or &#xHHH;, or &amp; for a plain “&”)';
  return 'a bare “&” (write &amp; for an ampersand)';
}
