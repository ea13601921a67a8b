import type { HighlightColor } from '@contract';

export const COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink'];
const NAMES: Record<HighlightColor, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' };

/** The four highlight colours as round buttons. */
export function Swatches({ current, label, onPick }: { current?: HighlightColor; label: (name: string) => string; onPick: (c: HighlightColor) => void }) {
  return (
    <>
      {COLORS.map((c) => (
        <button
          key={c}
          type="button"
          className={`swatch ${c}`}
          aria-label={label(NAMES[c])}
          title={label(NAMES[c])}
          aria-pressed={current === undefined ? undefined : current === c}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(c)}
        />
      ))}
    </>
  );
}
