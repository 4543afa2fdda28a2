/**
 * Turning free text into words the matcher can compare: one pass shared by the index (topic
 * content) and the query (what a customer typed), so both sides always agree.
 * Case, accents, curly quotes, contractions ("can't") and hyphenation are dealt with here.
 */

/** A word as the customer wrote it, with where it sits in the text, and its plain lower-case form. */
export interface Word {
  /** Lower-case ASCII-folded form, e.g. "déclaration" → "declaration". */
  norm: string;
  /** The text as written, for explanations. */
  surface: string;
  start: number;
  end: number;
  /** Parts of a hyphenated word ("re-upload" → ["re", "upload"]); the joined form is in `norm`. */
  parts?: string[];
}

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

/** Letters and digits, joined by an apostrophe or a hyphen within a word. */
const WORD = /[\p{L}\p{N}]+(?:['’‘`\-‐‑][\p{L}\p{N}]+)*/gu;

/** "cant", "dont", "doesnt"...: contractions typed without their apostrophe. */
const BARE_NEGATIONS = new Set([
  'cant',
  'dont',
  'doesnt',
  'didnt',
  'wont',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'hasnt',
  'havent',
  'hadnt',
  'couldnt',
  'wouldnt',
  'shouldnt',
  'cannot',
]);

/**
 * The words of `text` in order. Negations matter ("release not received"), so a contraction
 * ("can't", "doesnt", "cannot") becomes its verb plus "not", and "no" reads as "not".
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const surface = match[0];
    const start = match.index;
    const end = start + surface.length;
    let folded = foldCase(surface).replace(/[’‘`]/g, "'").replace(/[‐‑]/g, '-');
    const negated = /n't$/.test(folded) || BARE_NEGATIONS.has(folded);
    if (negated) folded = folded.replace(/n'?t$/, '').replace(/not$/, '');
    folded = folded.replace(/'s$/, '').replace(/'/g, '');
    const parts = folded.split('-').filter(Boolean);
    const norm = parts.join('');
    if (!norm) continue;
    if (norm === 'no') words.push({ norm: 'not', surface, start, end });
    else words.push(parts.length > 1 ? { norm, surface, start, end, parts } : { norm, surface, start, end });
    if (negated) words.push({ norm: 'not', surface, start, end });
  }
  return words;
}

/**
 * Function words, small talk and everyday verbs: they say nothing about which topic a text is
 * about. Negations are kept on purpose. Days and times are dropped too: "since Friday" says
 * when, not what. Lexicon phrases are read before stopwords go, so "log in" still counts.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then than so as of to in on at by for with from into onto over under about ' +
    'up out off via per is are was were be been being am do does did doing have has had having ' +
    'i me my mine we us our ours you your yours he him his she her it its they them their theirs ' +
    'this that these those there here what whats which who whom whose when where why how ' +
    'can could would should will shall may might must ca wo sha ' +
    'please pls thanks thank thx hi hello hey dear regards kind best ' +
    'also just still already yet even really very quite some any each every such other another ' +
    'both only too ever ' +
    'get gets got getting let lets know tell told want wants wanted need needs needed like ' +
    'something someone somebody anyone anybody anything everything everyone ' +
    'one ones use uses used using make makes made making see sees seen saw go goes going went come comes came ' +
    'take takes took way ways possible able try tries tried trying seem seems seemed thing things ' +
    'lot lots bit many much more most well etc eg ie ok okay guys team say says said saying although though ' +
    'two three four five six seven eight nine ten several few ' +
    'today yesterday tomorrow tonight morning afternoon evening noon now since ago last next ' +
    'minute minutes hour hours day days week weeks weekend ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'urgent urgently asap im ive weve youre theyre id wed'
  ).split(' '),
);

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}
