import { useCallback, type KeyboardEvent } from 'react';
import type { BrowseRow } from '../../lib/browse-rows';
import { DocRow } from './DocRow';
import { GroupRow } from './GroupRow';
import { VirtualList } from './VirtualList';

interface Props {
  rows: BrowseRow[];
  active: number | null;
  openId: number | null;
  onOpen: (id: number) => void;
  onToggle: (key: string) => void;
  onActive: (index: number) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

export const rowId = (i: number): string => `row-${i}`;
const DOC_ROW = 58;
const GROUP_ROW = 34;

/** All documents (flat or grouped), windowed so thousands of rows stay fast. */
export function BrowseList({ rows, active, openId, onOpen, onToggle, onActive, onKeyDown }: Props) {
  const rowHeight = useCallback((i: number) => (rows[i]?.kind === 'group' ? GROUP_ROW : DOC_ROW), [rows]);
  const renderRow = (i: number) => {
    const row = rows[i];
    if (!row) return null;
    if (row.kind === 'group') {
      return <GroupRow label={row.label} count={row.count} depth={row.depth} collapsed={row.collapsed} onToggle={() => onToggle(row.key)} />;
    }
    return (
      <DocRow
        id={rowId(i)}
        doc={row.doc}
        depth={row.depth}
        active={i === active}
        open={row.doc.id === openId}
        onOpen={onOpen}
        onHover={() => onActive(i)}
      />
    );
  };
  return (
    <VirtualList
      id="browse"
      label="Documents"
      count={rows.length}
      rowHeight={rowHeight}
      renderRow={renderRow}
      activeIndex={active}
      activeId={active !== null && rows[active]?.kind === 'doc' ? rowId(active) : undefined}
      onKeyDown={onKeyDown}
    />
  );
}
