/**
 * A light Dutch stemmer, after the main steps of the Snowball Dutch stemmer: plural and verb
 * endings (-en, -s, -e), -heden → -heid, -ing, and a doubled consonant left behind undoubled, so
 * "aangiftes", "aangiften" and "aangifte" read alike, and "vrijgegeven" as "vrijgegev". Accents
 * are folded before this runs.
 */
const VOWEL = /[aeiouy]/;

/** "bekk" → "bek", "vertrekk" → "vertrek": a consonant doubled by the ending goes with it. */
function undouble(w: string): string {
  return /([bdfgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** Strips `suffix` when a consonant (not 'gem') precedes it and at least `min` letters stay. */
function ending(w: string, suffix: string, min = 3): string | undefined {
  if (!w.endsWith(suffix)) return undefined;
  const base = w.slice(0, -suffix.length);
  const before = base.charAt(base.length - 1);
  if (base.length < min || VOWEL.test(before) || base.endsWith('gem') || !VOWEL.test(base)) return undefined;
  return base;
}

export function stemDutch(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word.endsWith('heden') ? `${word.slice(0, -5)}heid` : word;
  const en = ending(w, 'ene') ?? ending(w, 'en');
  if (en !== undefined) w = undouble(en);
  else if (w.length > 5 && w.endsWith('es')) w = w.slice(0, -1);
  else {
    const s = w.endsWith('js') ? undefined : (ending(w, 'se') ?? ending(w, 's'));
    if (s !== undefined) w = s;
  }
  const e = ending(w, 'e');
  if (e !== undefined) w = undouble(e);
  if (w.length > 6 && w.endsWith('heid')) w = w.slice(0, -4);
  if (w.length > 6 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  return w;
}
