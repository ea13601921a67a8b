interface Props {
  label: string;
  count: number;
  depth: number;
  collapsed: boolean;
  onToggle: () => void;
}

/** A collection (volume) or chapter heading in the grouped view; click to fold. */
export function GroupRow({ label, count, depth, collapsed, onToggle }: Props) {
  return (
    <button
      type="button"
      className={depth === 0 ? 'group-row volume' : 'group-row'}
      style={{ paddingLeft: `${0.5 + depth * 0.9}rem` }}
      aria-expanded={!collapsed}
      title={label}
      onClick={onToggle}
    >
      <span className={collapsed ? 'caret' : 'caret open'} aria-hidden="true">
        ▸
      </span>
      <span className="group-label">{label}</span>
      <span className="group-count">{count}</span>
    </button>
  );
}
