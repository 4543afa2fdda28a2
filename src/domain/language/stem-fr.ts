/**
 * A light French stemmer for text with its accents folded: plurals (-s, -x, -aux → -al), the
 * endings of participles and infinitives (-ee, -e, -er, -ez), then -ation, -ement, -ique and
 * -ive, and a doubled letter left at the end. "Déclarations", "déclaration", "déclarer" and
 * "déclarée" all read as "declar"; "mainlevées" as "mainlev". Lighter than Savoy's stemmer, whose
 * "declaration" and "declarer" end up apart.
 */

/** Derivational endings, longest first, and what they leave; each only when the word is longer than `min`. */
const DERIVED: [suffix: string, min: number, replace: string][] = [
  ['issement', 9, ''],
  ['isation', 8, 'is'],
  ['ation', 7, ''],
  ['ement', 7, ''],
  ['ique', 7, ''],
  ['ive', 6, 'if'],
];

export function stemFrench(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.length > 5 && w.endsWith('aux') && w.charAt(w.length - 4) !== 'e') w = `${w.slice(0, -3)}al`;
  else if (w.length > 4 && /[sx]$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && /e[erz]$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  for (const [suffix, min, replace] of DERIVED) {
    if (w.length > min && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length) + replace;
      break;
    }
  }
  return w.length > 4 && /([a-z])\1$/.test(w) ? w.slice(0, -1) : w;
}
