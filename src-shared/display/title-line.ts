/**
 * How a document's title line reads in a list: the volume number before the
 * title, and how many characters the line takes (the list sizes rows from it
 * before their details arrive, so the rule must be the one the row renders).
 */

/**
 * The volume number shown before a title, unless the title already starts
 * with it: old volumes head it "No. 12. Mr. Seat to …", modern ones
 * "1. Memorandum From …" (the number is part of the printed head).
 */
export function numberPrefix(doc: { title: string; number: string | null }): string | null {
  if (doc.number === null || /^\s*No\.?\s*\d/i.test(doc.title)) return null;
  const printed = /^\s*(\d+[A-Za-z]?)\.\s/.exec(doc.title)?.[1];
  return printed === doc.number ? null : `${doc.number}.`;
}

/** Characters on a document's title line in a list (number, title, enclosure mark), for the row-height estimate. */
export function titleLineChars(doc: { title: string; number: string | null; parentId: number | null }): number {
  return doc.title.length + (numberPrefix(doc)?.length ?? 0) + 1 + (doc.parentId !== null ? 7 : 0);
}
