/**
 * A light German stemmer (Savoy's, as Lucene's GermanLightStemmer): it strips the inflection
 * endings (-ern, -em, -en, -er, -es, -e, -s after a consonant that allows it) and little more,
 * so "Anmeldungen", "Anmeldung" and "Zollanmeldungen" keep their shape. Umlauts and ß are folded
 * before this runs (ä → a, ß → ss).
 */

/** Letters after which a final -s or -st is an ending, not part of the word. */
const ST_ENDING = /[bdfghklmnt]/;

function step1(w: string): string {
  const n = w.length;
  if (n > 5 && w.endsWith('ern')) return w.slice(0, -3);
  if (n > 4 && /e[mnrs]$/.test(w)) return w.slice(0, -2);
  if (n > 3 && w.endsWith('e')) return w.slice(0, -1);
  if (n > 3 && w.endsWith('s') && ST_ENDING.test(w.charAt(n - 2))) return w.slice(0, -1);
  return w;
}

function step2(w: string): string {
  const n = w.length;
  if (n > 5 && w.endsWith('est')) return w.slice(0, -3);
  if (n > 4 && /e[rn]$/.test(w)) return w.slice(0, -2);
  if (n > 4 && w.endsWith('st') && ST_ENDING.test(w.charAt(n - 3))) return w.slice(0, -2);
  return w;
}

export function stemGerman(word: string): string {
  if (/\d/.test(word)) return word;
  return step2(step1(word));
}
