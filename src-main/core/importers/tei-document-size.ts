import { InputProblem } from './tei-stream';

/**
 * One document's ceiling. The largest in the FRUS fixtures holds 87 KB of
 * text in 573 elements; a hundred times that is no letter, and building it
 * would cost gigabytes (2 million inline elements took 35 s and 640 MB).
 */
export const MAX_DOCUMENT_TEXT = 8 << 20;
export const MAX_DOCUMENT_ELEMENTS = 100_000;

interface DocSize {
  sourceId: string;
  chars: number;
  elements: number;
}

/** Text and elements so far of each open document (innermost last), refused past the ceiling. */
export class DocumentSizes {
  private readonly open: DocSize[] = [];

  push(sourceId: string): void {
    this.open.push({ sourceId, chars: 0, elements: 0 });
  }

  pop(): void {
    this.open.pop();
  }

  /** Counts into the innermost open document; throws for one past the ceiling before it is built. */
  grow(chars: number, elements: number): void {
    const size = this.open[this.open.length - 1];
    if (!size) return;
    size.chars += chars;
    size.elements += elements;
    const over = size.chars > MAX_DOCUMENT_TEXT ? `more than ${MAX_DOCUMENT_TEXT >> 20} MB of text`
      : size.elements > MAX_DOCUMENT_ELEMENTS ? `more than ${MAX_DOCUMENT_ELEMENTS.toLocaleString('en-US')} elements` : undefined;
    if (over) {
      throw new InputProblem(
        `document "${size.sourceId}" holds ${over} (the largest FRUS documents hold about 100 KB in a few hundred elements); ` +
          'the file is damaged or not a FRUS volume',
      );
    }
  }
}
