import type { Warn } from './warnings';

/**
 * Source ids of a volume's documents and sections. They key the library's
 * records, so each must be present and unique within the volume.
 */
export class SourceIds {
  private readonly ids = new Set<string>();
  /** Documents seen so far. */
  ordinal = 0;

  constructor(private readonly warn: Warn) {}

  /** A document's id: a missing or repeated one gets a stable stand-in, and a warning says so. */
  forDocument(id: string | undefined, n: string | undefined): string {
    this.ordinal++;
    let sourceId = id ?? `doc${this.ordinal}`;
    const number = n === undefined ? {} : { documentNumber: n };
    if (id === undefined) {
      this.warn({ code: 'missing-id', message: `document ${this.ordinal} has no xml:id; using "${sourceId}"`, documentId: sourceId, ...number });
    } else if (this.ids.has(id)) {
      sourceId = `${id}-${this.ordinal}`;
      this.warn({ code: 'duplicate-id', message: `duplicate document id "${id}"; using "${sourceId}"`, documentId: sourceId, ...number });
    }
    this.ids.add(sourceId);
    return sourceId;
  }

  /** Whether a document or section of the volume so far has this id. */
  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** A section's id: its division's, kept apart from the documents' ids. */
  forSection(id: string): string {
    let sourceId = id;
    for (let k = 2; this.ids.has(sourceId); k++) sourceId = `${id}-${k}`;
    this.ids.add(sourceId);
    return sourceId;
  }
}
