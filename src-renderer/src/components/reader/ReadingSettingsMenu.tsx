import { FONT_SIZES, THEMES, WIDTHS, type ReadingSettings } from '../../lib/reading-settings';
import { MenuButton } from '../common/MenuButton';

const WIDTH_LABEL = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' } as const;
const THEME_LABEL = { light: 'Light', sepia: 'Sepia', dark: 'Dark' } as const;

interface Props {
  settings: ReadingSettings;
  onChange: (patch: Partial<ReadingSettings>) => void;
}

/** "Aa": font size, line width and colour theme of the reader. */
export function ReadingSettingsMenu({ settings, onChange }: Props) {
  const size = FONT_SIZES[settings.size] ?? 18;
  return (
    <MenuButton label={<span className="aa">Aa</span>} title="Reading settings">
      {() => (
        <div className="settings-menu">
          <div className="settings-row">
            <span className="settings-label">Text size</span>
            <div className="seg">
              <button type="button" aria-label="Smaller text" disabled={settings.size === 0} onClick={() => onChange({ size: settings.size - 1 })}>
                A−
              </button>
              <span className="settings-value" aria-live="polite">
                {size}px
              </span>
              <button
                type="button"
                aria-label="Larger text"
                disabled={settings.size === FONT_SIZES.length - 1}
                onClick={() => onChange({ size: settings.size + 1 })}
              >
                A+
              </button>
            </div>
          </div>
          <div className="settings-row">
            <span className="settings-label">Line width</span>
            <div className="seg" role="radiogroup" aria-label="Line width">
              {WIDTHS.map((w) => (
                <button key={w} type="button" role="radio" aria-checked={settings.width === w} onClick={() => onChange({ width: w })}>
                  {WIDTH_LABEL[w]}
                </button>
              ))}
            </div>
          </div>
          <div className="settings-row">
            <span className="settings-label">Theme</span>
            <div className="seg" role="radiogroup" aria-label="Theme">
              {THEMES.map((t) => (
                <button key={t} type="button" role="radio" aria-checked={settings.theme === t} className={`swatch-theme theme-${t}`} onClick={() => onChange({ theme: t })}>
                  {THEME_LABEL[t]}
                </button>
              ))}
            </div>
          </div>
        </div>
      )}
    </MenuButton>
  );
}
