import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useDismiss } from '../../hooks/use-dismiss';

interface Props {
  label: ReactNode;
  /** Accessible name and tooltip of the button. */
  title: string;
  className?: string;
  align?: 'left' | 'right';
  onOpen?: () => void;
  children: (close: () => void) => ReactNode;
}

/** A toolbar button that opens a small popover below it. */
export function MenuButton({ label, title, className, align = 'right', onOpen, children }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(root, open, close);
  return (
    <div className="menu-wrap" ref={root}>
      <button
        type="button"
        className={`tool-button${open ? ' pressed' : ''}${className ? ` ${className}` : ''}`}
        aria-label={title}
        title={title}
        aria-expanded={open}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
      >
        {label}
      </button>
      {open && (
        <div className={`popover popover-${align}`} role="dialog" aria-label={title}>
          {children(close)}
        </div>
      )}
    </div>
  );
}
