import { createListeners } from './create-store';

/**
 * One channel asks the app to show a person's page (from a name in the reader,
 * the header's sender or recipient, a facet…), and one to run a search.
 */
const openers = createListeners<[id: number]>();

export function requestOpenPerson(id: number): void {
  openers.emit(id);
}

export function onOpenPersonRequest(o: (id: number) => void): () => void {
  return openers.add(o);
}

/** Every view showing people reads them again after a merge or a split. */
const changed = createListeners();

export function peopleChanged(): void {
  changed.emit();
}

export function onPeopleChanged(l: () => void): () => void {
  return changed.add(l);
}
