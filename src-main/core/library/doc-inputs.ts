import type { DocumentBody } from '../../../src-shared/model/document';
import { linkInputs, type LinkInputs } from '../links/link-inputs';
import { personInputs, type PersonInputs } from '../people/person-inputs';

/**
 * What the writer's later steps read of a document's body: linking
 * (`link-inputs.ts`) and the person index (`person-inputs.ts`). Worked out
 * in the parse worker, where the body is already an object, so that the
 * writer neither parses the body's JSON again nor walks it.
 */
export interface DocInputs {
  links: LinkInputs;
  people: PersonInputs;
}

export function docInputs(body: DocumentBody, plainText: string): DocInputs {
  return { links: linkInputs(body, plainText), people: personInputs(body) };
}
