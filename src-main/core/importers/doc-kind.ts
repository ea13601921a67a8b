import type { DocKind } from '../../../src-shared/model/document';

/** The printed word for a kind of document, mapped to the model's kinds (undefined if unknown). */
const KIND_WORDS: ReadonlyArray<[RegExp, DocKind]> = [
  [/^(?:circular )?(?:telegram|cable|airgram)s?$/i, 'telegram'],
  [/^(?:despatch|dispatch)(?:es)?$/i, 'despatch'],
  [/^(?:circular )?instructions?$/i, 'instruction'],
  [/^memorand(?:um|a)(?: of conversation)?$/i, 'memorandum'],
  [/^(?:letters?|personal letter)$/i, 'letter'],
  [/^(?:notes?|note verbale|aide-m[ée]moire)$/i, 'note'],
  [/^reports?$/i, 'report'],
];

export function kindFromWord(word: string): DocKind | undefined {
  const w = word.trim();
  return KIND_WORDS.find(([re]) => re.test(w))?.[1];
}
