export type LeftTab = 'library' | 'dossiers' | 'people' | 'glossary';

export const LEFT_TABS: readonly LeftTab[] = ['library', 'dossiers', 'people', 'glossary'];

interface Props {
  tab: LeftTab;
  onTab: (t: LeftTab) => void;
  dossierCount: number | null;
}

/** Library · Dossiers · People · Glossary: what the left pane shows. */
export function LeftTabs({ tab, onTab, dossierCount }: Props) {
  const item = (t: LeftTab, label: string, count?: number | null) => (
    <button type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'left-tab active' : 'left-tab'} onClick={() => onTab(t)}>
      {label}
      {count !== undefined && count !== null && count > 0 && <span className="left-tab-count">{count}</span>}
    </button>
  );
  return (
    <div className="left-tabs" role="tablist" aria-label="Left pane">
      {item('library', 'Library')}
      {item('dossiers', 'Dossiers', dossierCount)}
      {item('people', 'People')}
      {item('glossary', 'Glossary')}
    </div>
  );
}
