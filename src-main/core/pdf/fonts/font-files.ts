import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Noto Serif (SIL Open Font License 1.1), from the npm package
 * `@expo-google-fonts/noto-serif`: static TTFs covering Latin with its extensions,
 * Greek (polytonic too), Cyrillic and typographic punctuation, with real small caps.
 * Resolved through node_modules at run time, so the same code works under tsx,
 * vitest and the Electron main bundle (electron-vite leaves dependencies external).
 */
const PACKAGE = '@expo-google-fonts/noto-serif';

export type FontFile = 'regular' | 'italic' | 'bold' | 'boldItalic';

const FILES: Record<FontFile, string> = {
  regular: '400Regular/NotoSerif_400Regular.ttf',
  italic: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  bold: '700Bold/NotoSerif_700Bold.ttf',
  boldItalic: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
};

const cache = new Map<FontFile, Uint8Array>();

/** The font file's bytes, read once per process. */
export function fontBytes(file: FontFile): Uint8Array {
  const hit = cache.get(file);
  if (hit) return hit;
  const path = createRequire(import.meta.url).resolve(`${PACKAGE}/${FILES[file]}`);
  const bytes = new Uint8Array(readFileSync(path));
  cache.set(file, bytes);
  return bytes;
}
