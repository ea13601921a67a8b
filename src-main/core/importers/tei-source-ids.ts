import type { ImportIssue } from '../../../src-shared/model/document';

/**
 * Source ids of a volume's documents and sections. They key the library's
 * records, so each must be present and unique within the volume.
 */
export class SourceIds {
  private readonly ids = new Set<string>();
  /** Documents seen so far. */
  ordinal = 0;

  constructor(
    private readonly file: string,
    private readonly issues: ImportIssue[],
  ) {}

  /** A document's id: a missing or repeated one gets a stable stand-in, and an issue says so. */
  forDocument(id: string | undefined): string {
    this.ordinal++;
    let sourceId = id ?? `doc${this.ordinal}`;
    if (id === undefined) {
      this.issues.push({ file: this.file, message: `document ${this.ordinal} has no xml:id; using "${sourceId}"` });
    } else if (this.ids.has(id)) {
      sourceId = `${id}-${this.ordinal}`;
      this.issues.push({ file: this.file, message: `duplicate document id "${id}"; using "${sourceId}"` });
    }
    this.ids.add(sourceId);
    return sourceId;
  }

  /** A section's id: its division's, kept apart from the documents' ids. */
  forSection(id: string): string {
    let sourceId = id;
    for (let k = 2; this.ids.has(sourceId); k++) sourceId = `${id}-${k}`;
    this.ids.add(sourceId);
    return sourceId;
  }
}
