/**
 * What each reason adds to a related document's score; a document related
 * for several reasons adds them up, since independent evidence accumulates
 * (a reply in the same file is closer than either alone).
 *
 * The order is that of how much each reason tells a historian:
 * - a link (cites / cited by) is a relation the writer or the editors made
 *   explicitly: the strongest evidence there is (1.0);
 * - the same archival file number means the department filed the two papers
 *   together, as one case (0.9);
 * - the same two parties within days is the same exchange, even without a
 *   reference (0.6 on the same day, falling to half at the window's edge);
 * - similar text is strong when near-duplicate (a circular, a paraphrase) and
 *   weak when it is the shared vocabulary of a subject: it scales with the
 *   similarity (0.8 × a share between 0 and 1);
 * - the same decimal file, another number (861.00/…), is the same subject as
 *   the department kept it: broad (0.3);
 * - the same chapter is the editors' grouping, but chapters run to hundreds
 *   of documents (0.25);
 * - a person in common within weeks, short of the same pair, says little on
 *   its own (0.2).
 * A link then outranks a same-chapter, same-file, similar document, but not one
 * in the same file and the same exchange as well.
 */
export const WEIGHTS = {
  link: 1,
  fileNumber: 0.9,
  correspondence: 0.6,
  similarText: 0.8,
  file: 0.3,
  chapter: 0.25,
  people: 0.2,
} as const;

/** "Same correspondence" looks this many days either side. */
export const CORRESPONDENCE_DAYS = 14;
/** "Shared people" looks this many days either side. */
export const PEOPLE_DAYS = 30;
