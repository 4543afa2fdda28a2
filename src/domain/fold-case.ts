/**
 * Text folded for comparing: lower case, accents removed, a few letters spelled out. A module of
 * its own, so the pages that filter by it (the matrix, the wizard's topic list) do not carry the
 * matcher's word handling (`text-normalise.ts`) with it.
 */

/** Letters that do not decompose into a base letter and an accent. */
const FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lower-case, accents removed, a few ligatures spelled out. */
export function foldCase(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæœøłđðþı]/g, (ch) => FOLDS[ch] ?? ch);
}
