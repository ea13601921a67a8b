import { useEffect, useState, type RefObject } from 'react';
import type { DocumentView, Highlight, HighlightColor } from '@contract';
import { useCitation } from '../../hooks/use-citation';
import { useKeyboardPassages } from '../../hooks/use-keyboard-passages';
import { useTextSelection } from '../../hooks/use-text-selection';
import { pageAt, type TextLayout } from '@shared/text/layout';
import { quoteAt } from '@shared/text/quote';
import { createHighlight } from '../../lib/highlight-store';
import { FloatingCitation } from '../common/FloatingCitation';
import { HighlightCard } from './HighlightCard';
import { SelectionToolbar } from './SelectionToolbar';

interface Props {
  scroller: RefObject<HTMLDivElement | null>;
  view: DocumentView;
  anchor: TextLayout;
  highlights: readonly Highlight[];
  onOpen: (id: number, other?: boolean) => void;
}

const clip = (text: string): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 200 ? `“${t.slice(0, 200)}…”` : `“${t}”`;
};

interface Card {
  id: number;
  top: number;
  left: number;
  focusComment: boolean;
}

/** Selecting text offers highlighting; clicking a highlight opens its card. */
export function Annotator({ scroller, view, anchor, highlights, onOpen }: Props) {
  const [sel, clearSel, measureSel] = useTextSelection(scroller, anchor.text, anchor.bodyLength);
  /** Said to screen readers: what the keyboard selected, then that it was highlighted. */
  const [said, setSaid] = useState('');
  const [card, setCard] = useState<Card | null>(null);
  const [citeAt, setCiteAt] = useState<{ top: number; left: number } | null>(null);
  const [citation, cite] = useCitation();

  // Clicking a highlight (without selecting) opens its card below it.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const onClick = (e: MouseEvent): void => {
      const mark = e.target instanceof Element ? e.target.closest('mark.hl') : null;
      if (!mark || !window.getSelection()?.isCollapsed) return;
      const rect = mark.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      setCard({ id: Number(mark.getAttribute('data-hl')), top: rect.bottom - box.top + el.scrollTop + 8, left: Math.max(8, Math.min(rect.left - box.left, box.width - 350)), focusComment: false });
    };
    el.addEventListener('click', onClick);
    return () => el.removeEventListener('click', onClick);
  }, [scroller]);

  const create = async (color: HighlightColor, withComment: boolean): Promise<void> => {
    if (!sel) return;
    const { start, end } = sel;
    setSaid(`Highlighted: ${clip(anchor.text.slice(start, end))}`);
    const at = { top: sel.top + 34, left: Math.max(8, Math.min(sel.left - 170, (scroller.current?.clientWidth ?? 0) - 350)) };
    clearSel();
    const h = await createHighlight(view.id, color, { quote: quoteAt(anchor.text, start, end, anchor.bodyLength), position: { start, end } });
    if (h && withComment) setCard({ id: h.id, ...at, focusComment: true });
  };

  useKeyboardPassages(scroller, anchor, {
    onSelected: () => {
      measureSel();
      const text = window.getSelection()?.toString() ?? '';
      if (text.trim() !== '') setSaid(`Selected: ${clip(text)} Press H to highlight.`);
    },
    onHighlight: () => void create('yellow', false),
  });

  const open = card ? highlights.find((h) => h.id === card.id) : undefined;
  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      {sel && (
        <SelectionToolbar
          sel={sel}
          onHighlight={(c) => void create(c, false)}
          onComment={() => void create('yellow', true)}
          onCite={() => {
            const page = pageAt(anchor, sel.start, view.placement?.startPage);
            cite({ docId: view.id, style: 'chicago', ...(page !== null ? { page } : {}) });
            setCiteAt({ top: sel.top + 8, left: Math.max(12, sel.left - 170) });
          }}
        />
      )}
      {citeAt && citation.status !== 'idle' && (
        <FloatingCitation state={citation} top={citeAt.top} left={citeAt.left} onClose={() => setCiteAt(null)} />
      )}
      {open && card && (
        <HighlightCard key={open.id} highlight={open} top={card.top} left={card.left} focusComment={card.focusComment} onClose={() => setCard(null)} onOpenDoc={onOpen} />
      )}
    </>
  );
}
