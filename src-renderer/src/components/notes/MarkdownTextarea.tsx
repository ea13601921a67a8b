import { useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import { useLinkSuggestions } from '../../hooks/use-link-autocomplete';
import { caretPosition, openLinkAt } from '../../lib/caret';
import { formatDateShort } from '../../lib/format';
import { docLinkSyntax } from '../../lib/markdown';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
  /** Class of the wrapper (which positions the suggestions). */
  wrapClassName?: string;
};

interface Open {
  start: number;
  query: string;
  top: number;
  left: number;
}

/** A Markdown textarea where typing `[[` offers document titles and inserts `[[doc:ID|Title]]`. */
export function MarkdownTextarea({ value, onChange, onKeyDown, wrapClassName, ...rest }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const [active, setActive] = useState(0);
  const items = useLinkSuggestions(open ? open.query : null);

  const check = (el: HTMLTextAreaElement): void => {
    const link = openLinkAt(el.value, el.selectionStart);
    if (!link) return setOpen(null);
    const pos = caretPosition(el, link.start);
    setOpen({ ...link, top: el.offsetTop + pos.top + pos.height + 4, left: Math.min(el.offsetLeft + pos.left, el.offsetLeft + el.clientWidth - 240) });
    if (link.query !== open?.query) setActive(0);
  };

  const insert = (i: number): void => {
    const s = items[i];
    const el = area.current;
    if (!s || !open || !el) return;
    const caret = el.selectionStart;
    const link = docLinkSyntax(s.id, s.title);
    const next = value.slice(0, open.start) + link + value.slice(caret);
    onChange(next);
    setOpen(null);
    const at = open.start + link.length;
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(at, at);
    });
  };

  const keys = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (open && items.length > 0) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        insert(Math.min(active, items.length - 1));
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

  return (
    <div className={wrapClassName ? `md-field ${wrapClassName}` : 'md-field'}>
      <textarea
        {...rest}
        ref={area}
        value={value}
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
      {open && items.length > 0 && (
        <ul className="link-suggest" role="listbox" aria-label="Link to a document" style={{ top: open.top, left: Math.max(0, open.left) }}>
          {items.map((s, i) => (
            <li
              key={s.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                insert(i);
              }}
              onMouseMove={() => setActive(i)}
            >
              <span className="suggest-title">{s.title}</span>
              {s.date && <span className="suggest-date">{formatDateShort(s.date)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
