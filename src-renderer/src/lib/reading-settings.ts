/** How the reader sets the text: size, measure and colours. Applied as classes (the CSP forbids inline <style>). */
export type LineWidth = 'narrow' | 'medium' | 'wide';
export type ReaderTheme = 'light' | 'sepia' | 'dark';

export interface ReadingSettings {
  /** Index into FONT_SIZES. */
  size: number;
  width: LineWidth;
  theme: ReaderTheme;
}

export const FONT_SIZES = [15, 16, 17, 18, 20, 22, 24] as const;
export const WIDTHS: readonly LineWidth[] = ['narrow', 'medium', 'wide'];
export const THEMES: readonly ReaderTheme[] = ['light', 'sepia', 'dark'];
export const DEFAULT_SETTINGS: ReadingSettings = { size: 3, width: 'medium', theme: 'light' };

export function parseSettings(raw: unknown): ReadingSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const size = typeof r.size === 'number' && Number.isInteger(r.size) && r.size >= 0 && r.size < FONT_SIZES.length ? r.size : DEFAULT_SETTINGS.size;
  const width = WIDTHS.includes(r.width as LineWidth) ? (r.width as LineWidth) : DEFAULT_SETTINGS.width;
  const theme = THEMES.includes(r.theme as ReaderTheme) ? (r.theme as ReaderTheme) : DEFAULT_SETTINGS.theme;
  return { size, width, theme };
}

/** Classes for a reader pane. */
export function settingsClasses(s: ReadingSettings): string {
  return `fs-${s.size} lw-${s.width} theme-${s.theme}`;
}
