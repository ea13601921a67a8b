import type { DocumentBody, Inline } from '../model/document';
import { entryAt, listEntries, referenceLinks } from '../model/list-entries';
import { inlineText } from '../text/plain-text';

/**
 * People of a FRUS volume, as the importer keeps them in the one document
 * model. An entry of the volume's persons list (`<persName xml:id="p_BND1">`)
 * is a list item beginning with a `link` to the bare id (`p_BND1`); each name
 * the text links to one (`<persName corresp="#p_BND1">`, or into another
 * volume's list: `corresp="frus1917Supp02v01#p_BAJ1"`) is a `link` to the
 * corresp as written: a mention (text and footnotes). The two differ in form
 * because an index or a description may begin with a mention.
 */
export interface PersonTarget {
  /** The volume whose list names the person; null: the document's own volume. */
  volume: string | null;
  /** The list's id: 'p_BND1'. */
  id: string;
}

const PERSON_LINK = /^(frus[\w-]*)?#(p_[\w.-]+)$/i;
const ENTRY_LINK = /^p_[\w.-]+$/;

/** The person a mention's link target names ('#p_BND1', 'frus1917Supp02v01#p_BAJ1'), if it names one. */
export function personTargetOf(target: string): PersonTarget | undefined {
  const m = PERSON_LINK.exec(target);
  const id = m?.[2];
  return id === undefined ? undefined : { volume: m?.[1] ?? null, id };
}

/** The id a persons-list entry's link holds ('p_BND1'), if the target is one. */
export function personEntryOf(target: string): string | undefined {
  return ENTRY_LINK.test(target) ? target : undefined;
}

/** Whether a link target is a person's: an entry of a list or a mention of one (what the reader shows as a name). */
export function isPersonLink(target: string): boolean {
  return personEntryOf(target) !== undefined || personTargetOf(target) !== undefined;
}

/** One entry of a persons list: 'Baker, Newton D.', 'Secretary of War'. */
export interface PersonDefinition {
  id: string;
  name: string;
  description: string;
}

/** Where a list item's defined person is: its first run with content, when that is a link to a person of this volume. */
const definitionAt = (item: readonly Inline[]): number => entryAt(item, (t) => personEntryOf(t) !== undefined);

/** "Baker, Newton D., Secretary of War.": the name is the link, the description what follows it. */
function definitionOf(item: readonly Inline[]): PersonDefinition | undefined {
  const at = definitionAt(item);
  const first = item[at];
  const id = first?.t === 'link' ? personEntryOf(first.target) : undefined;
  if (first?.t !== 'link' || id === undefined) return undefined;
  const description = inlineText(item.slice(at + 1)).replace(/\s+/g, ' ').replace(/^[\s,:;—–-]+/, '').replace(/\.\s*$/, '').trim();
  return { id, name: inlineText(first.runs).replace(/\s+/g, ' ').trim(), description };
}

/** The persons a body lists, in list order; an id listed again is left out (the importer reports it). */
export function personDefinitions(body: DocumentBody): PersonDefinition[] {
  return listEntries(body, definitionOf);
}

/** A person a body names: the target as written, how often, and the first name printed for it. */
export interface PersonMention {
  target: string;
  count: number;
  text: string;
}

/** The persons a body names (text and footnotes), by target; a list's own entries are not mentions. */
export function personMentions(body: DocumentBody): PersonMention[] {
  const out = new Map<string, PersonMention>();
  referenceLinks(body, definitionAt, (r) => {
    if (personTargetOf(r.target) === undefined) return;
    const seen = out.get(r.target);
    if (seen) seen.count += 1;
    else out.set(r.target, { target: r.target, count: 1, text: inlineText(r.runs).replace(/\s+/g, ' ').trim() });
  });
  return [...out.values()];
}
