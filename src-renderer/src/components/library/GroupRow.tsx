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
      style={{ paddingLeft: 9 + Math.max(0, depth - 1) * 12 }}
      aria-expanded={!collapsed}
      title={label}
      onClick={onToggle}
    >
      <svg className={collapsed ? 'caret' : 'caret open'} viewBox="0 0 10 10" aria-hidden="true">
        <path d="M3 1.5 L7 5 L3 8.5" />
      </svg>
      <span className="group-label">{label}</span>
      <span className="group-count">{count.toLocaleString('en-GB')}</span>
    </button>
  );
}
