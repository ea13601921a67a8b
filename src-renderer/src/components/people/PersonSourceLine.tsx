import type { PersonSource } from '@contract';

/** Where a person entry comes from, as a reader of the edition would want it said. */
export function personSourceText(source: PersonSource, collections: readonly string[]): string {
  const vols = collections.length > 0 ? collections.join(', ') : null;
  if (source === 'listed') return vols ? `Listed in the persons list of ${vols}` : 'Listed in a volume’s persons list';
  return vols ? `Inferred from correspondents’ headings in ${vols} (no editor’s id)` : 'Inferred from correspondents’ headings (no editor’s id)';
}

export function PersonSourceLine({ source, collections, className }: { source: PersonSource; collections: readonly string[]; className: string }) {
  return (
    <span className={`${className} ${source}`} data-source={source}>
      {source === 'inferred' && <span className="inferred-badge">inferred</span>}
      {personSourceText(source, collections)}
    </span>
  );
}
