import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useDismiss } from '../../hooks/use-dismiss';

interface Props {
  label: ReactNode;
  /** Accessible name and tooltip of the button. */
  title: string;
  className?: string;
  align?: 'left' | 'right';
  onOpen?: () => void;
  /**
   * The popover holds a `role="menu"` of `menuitem`s: it opens with the focus
   * on the first, arrows and Home/End move between them (the ARIA menu
   * pattern). Otherwise it is a small dialog of controls.
   */
  menu?: boolean;
  children: (close: () => void) => ReactNode;
}

const itemsOf = (root: HTMLElement | null): HTMLElement[] => Array.from(root?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? []);

/** Arrow keys, Home and End between a menu's items, wrapping at the ends. */
function moveInMenu(e: KeyboardEvent<HTMLElement>): void {
  const items = itemsOf(e.currentTarget);
  if (items.length === 0) return;
  const at = items.findIndex((el) => el === document.activeElement);
  const to =
    e.key === 'ArrowDown' ? (at + 1) % items.length
    : e.key === 'ArrowUp' ? (at - 1 + items.length) % items.length
    : e.key === 'Home' ? 0
    : e.key === 'End' ? items.length - 1
    : null;
  if (to === null) return;
  e.preventDefault();
  items[to]?.focus();
}

/** A toolbar button that opens a small popover below it; Escape closes it and puts the focus back on the button. */
export function MenuButton({ label, title, className, align = 'right', onOpen, menu = false, children }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  const dismiss = useCallback(() => {
    // From inside the popover (Escape, or a press elsewhere), the focus would fall to <body>: back to the button.
    if (root.current?.contains(document.activeElement)) button.current?.focus();
    setOpen(false);
  }, []);
  useDismiss(root, open, dismiss);
  useEffect(() => {
    if (open && menu) itemsOf(popover.current)[0]?.focus();
  }, [open, menu]);
  const show = (): void => {
    onOpen?.();
    setOpen(true);
  };
  return (
    <div className="menu-wrap" ref={root}>
      <button
        ref={button}
        type="button"
        className={`tool-button${open ? ' pressed' : ''}${className ? ` ${className}` : ''}`}
        aria-label={title}
        title={title}
        aria-expanded={open}
        aria-haspopup={menu ? 'menu' : 'dialog'}
        onClick={() => (open ? setOpen(false) : show())}
        onKeyDown={(e) => {
          if (menu && !open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
            e.preventDefault();
            show();
          }
        }}
      >
        {label}
      </button>
      {open && (
        <div
          ref={popover}
          className={`surface popover popover-${align}`}
          role={menu ? undefined : 'dialog'}
          aria-label={menu ? undefined : title}
          onKeyDown={menu ? moveInMenu : undefined}
        >
          {children(close)}
        </div>
      )}
    </div>
  );
}
