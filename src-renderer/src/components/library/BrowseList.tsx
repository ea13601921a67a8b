import { useCallback, useMemo, type KeyboardEvent } from 'react';
import type { DocSummaries } from '../../hooks/use-doc-summaries';
import { docIdsIn, type BrowseRow } from '../../lib/browse-rows';
import { docIndentPx, DocRow, DocRowPlaceholder } from './DocRow';
import { GroupRow } from './GroupRow';
import { VirtualList } from './VirtualList';

interface Props {
  rows: BrowseRow[];
  /** The documents' details, by id, fetched for the rows in view. */
  docs: DocSummaries;
  active: number | null;
  openId: number | null;
  onOpen: (id: number, other?: boolean) => void;
  onToggle: (key: string) => void;
  onActive: (index: number) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

export const rowId = (i: number): string => `row-${i}`;
const DOC_ROW_1 = 52;
const DOC_ROW_2 = 70;
const GROUP_ROW = 32;
const VOLUME_ROW_1 = 38;
const VOLUME_ROW_2 = 50;
/** Average advance of the list's serif title face, generously rounded up (px). */
const TITLE_CHAR_PX = 7.1;
const VOLUME_CHAR_PX = 6.6;

/** Will this text need two lines in `px` of width? Overestimates rather than clips. */
function twoLines(chars: number, px: number, charPx: number): boolean {
  return chars * charPx > px;
}

/** All documents (flat or grouped), windowed so thousands of rows stay fast; a row's details load as it comes into view. */
export function BrowseList({ rows, docs, active, openId, onOpen, onToggle, onActive, onKeyDown }: Props) {
  const rowHeight = useCallback(
    (i: number, width: number) => {
      const row = rows[i];
      if (!row) return GROUP_ROW;
      if (row.kind === 'group') {
        if (row.depth > 0) return GROUP_ROW;
        return twoLines(row.label.length, width - 70, VOLUME_CHAR_PX) ? VOLUME_ROW_2 : VOLUME_ROW_1;
      }
      const indent = docIndentPx(row.depth);
      return twoLines(row.titleChars, width - indent - 20, TITLE_CHAR_PX) ? DOC_ROW_2 : DOC_ROW_1;
    },
    [rows],
  );
  const openIndex = useMemo(() => rows.findIndex((r) => r.kind === 'doc' && r.id === openId), [rows, openId]);
  const { request } = docs;
  const onRange = useCallback((first: number, last: number) => request(docIdsIn(rows, first, last)), [rows, request]);
  const renderRow = (i: number, height: number) => {
    const row = rows[i];
    if (!row) return null;
    if (row.kind === 'group') {
      return <GroupRow label={row.label} count={row.count} depth={row.depth} collapsed={row.collapsed} onToggle={() => onToggle(row.key)} />;
    }
    const doc = docs.get(row.id);
    if (!doc) return <DocRowPlaceholder id={rowId(i)} depth={row.depth} />;
    return (
      <DocRow
        id={rowId(i)}
        lines={height === DOC_ROW_1 ? 1 : 2}
        doc={doc}
        depth={row.depth}
        active={i === active}
        open={row.id === openId}
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
      revealIndex={openIndex === -1 ? null : openIndex}
      activeId={active !== null && rows[active]?.kind === 'doc' ? rowId(active) : undefined}
      onKeyDown={onKeyDown}
      onRange={onRange}
    />
  );
}
