/**
 * A light English stemmer: enough to read "declarations", "declared" and "declaring" alike,
 * "released" as "release", "authorization" as "authorisation". It only has to be consistent,
 * not produce dictionary words, because the index and the query go through the same function.
 * Deliberately lighter than Porter: customs words are long and specific, and over-stemming
 * ("invalidation" → "invalid") would merge things customers keep apart.
 */

const VOWEL = /[aeiouy]/;

/** "stopp" → "stop", "submitt" → "submit", "cancell" → "cancel"; keeps "miss", "fill", "buzz". */
function undouble(base: string): string {
  const last = base.charAt(base.length - 1);
  if (base.length < 4 || last !== base.charAt(base.length - 2)) return base;
  if (last === 'l') return base.length > 5 && base.endsWith('ell') ? base.slice(0, -1) : base;
  if (last === 's' || last === 'z' || VOWEL.test(last)) return base;
  return base.slice(0, -1);
}

/** Strips `suffix` when what stays is at least `min` letters and has a vowel. */
function strip(word: string, suffix: string, min = 3): string | undefined {
  if (!word.endsWith(suffix)) return undefined;
  const base = word.slice(0, -suffix.length);
  return base.length >= min && VOWEL.test(base) ? base : undefined;
}

function singular(word: string): string {
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** British and American spellings onto one form: -ize/-ise, -yze/-yse, -our/-or, -tre/-ter. */
function spelling(word: string): string {
  if (word.length < 6) return word;
  return word
    .replace(/([iy])z(e|es|ed|ing|ation|ations|er|ers)$/, '$1s$2')
    .replace(/our(s?)$/, 'or$1')
    .replace(/tre(s?)$/, 'ter$1');
}

/** The stem of one lower-case word. Words with digits and words of three letters or fewer stay as they are. */
export function stem(input: string): string {
  if (input.length <= 3 || /\d/.test(input)) return input;
  let word = singular(spelling(input));
  if (word.endsWith('ied') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else {
    const ing = strip(word, 'ing');
    const ed = ing === undefined ? strip(word, 'ed') : undefined;
    if (ing !== undefined) word = undouble(ing);
    else if (ed !== undefined) word = undouble(ed);
  }
  const ification = strip(word, 'ification');
  if (ification !== undefined) word = `${ification}ify`;
  else {
    const ation = strip(word, 'ation', 4);
    const reduced =
      (ation === undefined ? undefined : undouble(ation)) ??
      (/[ts]ion$/.test(word) ? strip(word, 'ion', 4) : undefined) ??
      strip(word, 'ment', 5) ??
      strip(word, 'ly', 4);
    if (reduced !== undefined) word = reduced;
  }
  if (word.length >= 4 && word.endsWith('e')) word = word.slice(0, -1);
  // "invalidate", "invalidated" and "invalidation" all end up as "invalid".
  return strip(word, 'at', 5) ?? word;
}
