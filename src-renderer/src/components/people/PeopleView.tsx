import { PeopleIndex } from './PeopleIndex';
import { PersonPage } from './PersonPage';

interface Props {
  version: unknown;
  /** The person whose page is shown; null: the index. */
  personId: number | null;
  onPerson: (id: number | null) => void;
  onOpenDoc: (id: number, other: boolean) => void;
  onSearch: (query: string) => void;
}

/** The People tab: the index of persons, or one person's page (its documents open in the reader beside it). */
export function PeopleView({ version, personId, onPerson, onOpenDoc, onSearch }: Props) {
  if (personId === null) return <PeopleIndex version={version} onPerson={onPerson} />;
  return <PersonPage id={personId} version={version} onBack={() => onPerson(null)} onPerson={onPerson} onOpenDoc={onOpenDoc} onSearch={onSearch} />;
}
