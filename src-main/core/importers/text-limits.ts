import { ImportError } from './importer';

/**
 * Longest line, and longest paragraph (lines up to a blank line), that a text
 * or Markdown file may hold. A letter's paragraph is a few KB (the longest in
 * the seeds is 2 KB, in the FRUS volumes 11 KB); past 1 MB the file is not
 * prose, and the parsers would spend minutes and gigabytes on it.
 */
export const MAX_LINE = 1 << 20;
export const MAX_PARAGRAPH = 1 << 20;

/** Refuses an enormous line or paragraph, naming the line it starts on. One pass, no copies of long lines. */
export function checkTextSize(name: string, text: string, limits = { line: MAX_LINE, paragraph: MAX_PARAGRAPH }): void {
  let line = 1;
  let paragraphStart = 0;
  let paragraphLine = 0;
  for (let start = 0; start <= text.length; line++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start > limits.line) {
      throw new ImportError(name, `this line is longer than ${size(limits.line)} (${count(end - start)} characters without a line break); split it into paragraphs`, line);
    }
    if (/^[ \t]*$/.test(text.slice(start, end))) {
      paragraphLine = 0;
    } else if (paragraphLine === 0) {
      paragraphLine = line;
      paragraphStart = start;
    } else if (end - paragraphStart > limits.paragraph) {
      throw new ImportError(name, `the paragraph starting on this line is longer than ${size(limits.paragraph)} without a blank line; split it into paragraphs`, paragraphLine);
    }
    if (nl < 0) break;
    start = nl + 1;
  }
}

function size(chars: number): string {
  return chars >= 1 << 20 ? `${chars / (1 << 20)} MB` : `${count(chars)} characters`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
