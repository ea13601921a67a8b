import type { WarningInput } from './warnings';

const REPLACEMENT = '\uFFFD';

/**
 * Chancery decodes strictly and never writes U+FFFD itself, so one in a file
 * means text was lost before it arrived (a conversion with the wrong
 * encoding). The file is kept as it is; the report says how many.
 */
export function replacedCharacters(text: string): WarningInput | undefined {
  let count = 0;
  for (let at = text.indexOf(REPLACEMENT); at >= 0; at = text.indexOf(REPLACEMENT, at + 1)) count++;
  if (count === 0) return undefined;
  return {
    code: 'replaced-characters',
    key: 'U+FFFD',
    count,
    message: 'characters replaced by “\uFFFD” (U+FFFD) before the file reached Chancery: the original characters are lost; the text is kept as it is',
  };
}
