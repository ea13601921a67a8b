import { SaxesParser } from 'saxes';

/** One entry of a volume's persons list, as the editors wrote it. */
export interface ListedPerson {
  id: string;
  name: string;
  /** The text after the name in the item ("Secretary of War"). */
  description: string;
}

export interface PersonsListResult {
  persons: ListedPerson[];
  warnings: string[];
}

const PERSON_LISTS = new Set(['persons', 'names']);

/**
 * Read `<list type="persons">` (and the older `type="names"`) entries. A repeated id
 * keeps its first entry and says so — the second entry is reported, never silently merged.
 */
export function readPersonsList(xml: string): PersonsListResult {
  const parser = new SaxesParser({ xmlns: false });
  const persons: ListedPerson[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  let listDepth = 0;
  let item: { id: string; name: string; rest: string } | null = null;
  let inName = false;
  parser.on('opentag', (tag) => {
    const type = tag.attributes.type;
    if (tag.name === 'list' && (listDepth > 0 || (typeof type === 'string' && PERSON_LISTS.has(type)))) listDepth += 1;
    else if (listDepth > 0 && tag.name === 'item') item = { id: '', name: '', rest: '' };
    else if (item && tag.name === 'persName' && !item.id) {
      const id = tag.attributes['xml:id'];
      item.id = typeof id === 'string' ? id : '';
      inName = true;
    }
  });
  parser.on('text', (text) => {
    if (!item) return;
    if (inName) item.name += text;
    else if (item.id) item.rest += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'persName' && inName) inName = false;
    else if (tag.name === 'list' && listDepth > 0) listDepth -= 1;
    else if (tag.name === 'item' && item) {
      finishItem(item, persons, warnings, seen);
      item = null;
    }
  });
  parser.write(xml).close();
  return { persons, warnings };
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function finishItem(
  item: { id: string; name: string; rest: string },
  persons: ListedPerson[], warnings: string[], seen: Set<string>,
): void {
  if (!item.id) return;
  const name = tidy(item.name);
  if (seen.has(item.id)) {
    warnings.push(`Persons list: id ${item.id} appears twice; kept the first entry, second was "${name}"`);
    return;
  }
  seen.add(item.id);
  persons.push({ id: item.id, name, description: tidy(item.rest).replace(/^,\s*/, '').replace(/\.$/, '') });
}
