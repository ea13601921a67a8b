import { useId, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import { useLinkSuggestions } from '../../hooks/use-link-autocomplete';
import { docLinkSyntax, openLinkAt } from '@shared/notes/note-links';
import { caretPosition } from '../../lib/caret';
import { placeSuggestions, type SuggestPlace } from '../../lib/suggest-place';
import { LinkSuggestions, optionId } from './LinkSuggestions';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
  /** Class of the wrapper. */
  wrapClassName?: string;
};

interface Open {
  start: number;
  query: string;
  place: SuggestPlace;
}

/** Rows PageUp / PageDown move through the candidates. */
const PAGE = 8;

/** Where the list may go: the pane holding the editor (notes, dossier, reader), else the window. */
function boundsOf(el: HTMLElement): { top: number; left: number; right: number; bottom: number } {
  const pane = el.closest('.pane');
  return pane ? pane.getBoundingClientRect() : { top: 0, left: 0, right: window.innerWidth, bottom: window.innerHeight };
}

/** A Markdown textarea where typing `[[` offers documents (by title words, names, date or number) and inserts `[[doc:ID|Title]]`. */
export function MarkdownTextarea({ value, onChange, onKeyDown, wrapClassName, ...rest }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [open, setOpen] = useState<Open | null>(null);
  const [active, setActive] = useState(0);
  const found = useLinkSuggestions(open ? open.query : null);
  const items = found?.items ?? [];
  const shown = open !== null && found !== null;

  const check = (el: HTMLTextAreaElement): void => {
    const link = openLinkAt(el.value, el.selectionStart);
    if (!link) return setOpen(null);
    const pos = caretPosition(el, link.start);
    const box = el.getBoundingClientRect();
    const top = box.top + el.clientTop + pos.top;
    const caret = { top, bottom: top + pos.height, left: box.left + el.clientLeft + pos.left };
    setOpen({ ...link, place: placeSuggestions(caret, boundsOf(el), window.innerHeight) });
    if (link.query !== open?.query) setActive(0);
  };

  const insert = (i: number): void => {
    const s = items[i];
    const el = area.current;
    if (!s || !open || !el) return;
    const caret = el.selectionStart;
    const link = docLinkSyntax(s.id, s.title);
    const next = value.slice(0, open.start) + link + value.slice(caret);
    const at = open.start + link.length;
    // The text and the caret are set now, not at the next frame: a key typed before a late frame went in where
    // the caret was, and the frame then put the caret back before it (` and` came out as `and `). React leaves a
    // value it already holds as it is, caret included.
    el.value = next;
    el.focus();
    el.setSelectionRange(at, at);
    onChange(next);
    setOpen(null);
  };

  const move = (e: KeyboardEvent<HTMLTextAreaElement>, to: (a: number) => number): void => {
    e.preventDefault();
    setActive((a) => to(Math.min(a, items.length - 1)));
  };

  const keys = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (open && items.length > 0) {
      const n = items.length;
      if (e.key === 'ArrowDown') return move(e, (a) => (a + 1) % n);
      if (e.key === 'ArrowUp') return move(e, (a) => (a - 1 + n) % n);
      if (e.key === 'PageDown') return move(e, (a) => Math.min(n - 1, a + PAGE));
      if (e.key === 'PageUp') return move(e, (a) => Math.max(0, a - PAGE));
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        insert(Math.min(active, n - 1));
        return;
      }
    }
    if (open && e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setOpen(null);
      return;
    }
    onKeyDown?.(e);
  };

  const listed = shown && items.length > 0;
  return (
    <div className={wrapClassName ? `md-field ${wrapClassName}` : 'md-field'}>
      <textarea
        {...rest}
        ref={area}
        value={value}
        aria-autocomplete="list"
        aria-controls={listed ? listId : undefined}
        aria-activedescendant={listed ? optionId(listId, Math.min(active, items.length - 1)) : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          check(e.target);
        }}
        onKeyDown={keys}
        onClick={(e) => check(e.currentTarget)}
        onBlur={(e) => {
          window.setTimeout(() => setOpen(null), 150);
          rest.onBlur?.(e);
        }}
      />
      {shown && (
        <LinkSuggestions
          id={listId}
          found={found}
          active={Math.min(active, Math.max(0, items.length - 1))}
          place={open.place}
          onPick={insert}
          onHover={setActive}
        />
      )}
    </div>
  );
}
