import type { DocumentBody, DocumentMeta } from '../../../src-shared/model/document';
import { personDefinitions, personMentions, type PersonDefinition, type PersonMention } from '../../../src-shared/people/person-links';

/**
 * What the person index reads of a document's body: the entries of the
 * persons list it carries (a volume's list is one document) and the persons
 * its text and footnotes name. Worked out where the body is parsed (an
 * import's workers), or from the stored body (`person-import.ts`).
 */
export interface PersonInputs {
  definitions: PersonDefinition[];
  mentions: PersonMention[];
}

export function personInputs(body: DocumentBody): PersonInputs {
  return { definitions: personDefinitions(body), mentions: personMentions(body) };
}

/** A document just written, as the person index needs it: no row to read back, no body to parse. */
export interface KnownPersons {
  collection: string | null;
  /** Its metadata as stored (the user's corrections over the imported one). */
  meta: DocumentMeta;
  inputs: { people: PersonInputs };
}
