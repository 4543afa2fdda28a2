/**
 * From text to the terms the matcher scores: words are folded and stemmed in the text's
 * language, typos in long words corrected against the known vocabulary, words split by a space or
 * hyphen rejoined when the joined form is known ("log in" → "login", "re-upload"), compounds
 * split when their parts are known ("Ausfuhranmeldung" → "Ausfuhr" "Anmeldung"), lexicon phrases
 * ("HS code", "vrijgave") read as one concept in any language, and stopwords dropped. The index
 * and the query share this one pipeline.
 */
import { allowedEdits, boundedEditDistance } from './edit-distance.ts';
import { LANGUAGES, type Language } from './language/languages.ts';
import { stemIn } from './language/stem.ts';
import { isNegation, isStopword, splitWords } from './text-normalise.ts';

/** One term of a text, with the stretch of text it came from. */
export interface Term {
  /** A stem ("releas"), or a lexicon concept named after its group's first term ("=commod cod"). */
  term: string;
  start: number;
  end: number;
  /** 1, or less when the word was a typo corrected to a known word. */
  confidence: number;
  /** Digits-bearing words (references, counts) count only as part of a phrase, never alone. */
  numeric: boolean;
}

/**
 * Lexicon phrases as stem sequences ("hs cod") pointing to their group's concept term, one table
 * per language: a term is read as it stems in each language, and a text is looked up in its own
 * language's table, so English "have" never meets Dutch "haven" (port), both stemmed "hav".
 */
export interface LexiconTable {
  phrases: Record<Language, Map<string, string>>;
  longest: number;
}

/** What the query side knows about the index's words, for typo correction and rejoining. */
export interface Vocabulary {
  /** Whether a stem occurs anywhere in the content. */
  knows(stemmed: string): boolean;
  /** The closest known word within the edits allowed for this length, with its language, or undefined. */
  correct(word: string): { word: string; language: Language; distance: number } | undefined;
}

/** Folded words of the content, by the language they are written in. */
export type WordsByLanguage = Partial<Record<Language, readonly string[]>>;

/** How much a corrected word still counts, by number of edits. */
const TYPO_CONFIDENCE = [1, 0.8, 0.6];

/**
 * The term of one folded word in a language: its stem, except that a negation in any language
 * ("not", "niet", "geen", "pas", "nicht", "kein") gets a term no stem can be ("notes" stems to
 * "not", and "release notes" must not read as "release not …").
 */
export function termOf(norm: string, language: Language = 'en'): string {
  return isNegation(norm) ? '!not' : stemIn(language, norm);
}

/** Whether a term is a plain word stem, not a lexicon concept or the negation. */
export function isWordTerm(term: string): boolean {
  return /^[a-z0-9]+$/.test(term);
}

/** The concept term of a lexicon group: its first term, marked so it cannot clash with a stem. */
export function conceptTerm(group: readonly string[]): string {
  return `=${stemPhrase(group[0] ?? '')}`;
}

/** A phrase as its stems joined by spaces, e.g. "HS codes" → "hs cod". */
export function stemPhrase(text: string, language: Language = 'en'): string {
  return splitWords(text)
    .map((word) => termOf(word.norm, language))
    .join(' ');
}

/** Lexicon groups as a phrase table; a phrase in two groups belongs to the first. */
export function lexiconTable(lexicon: readonly (readonly string[])[]): LexiconTable {
  const phrases = Object.fromEntries(
    LANGUAGES.map((language) => [language, new Map<string, string>()]),
  ) as Record<Language, Map<string, string>>;
  let longest = 1;
  for (const group of lexicon) {
    const concept = conceptTerm(group);
    // A lexicon term's language is not written down: it is read as it stems in each language.
    for (const term of group) {
      for (const language of LANGUAGES) {
        const key = stemPhrase(term, language);
        if (!key || phrases[language].has(key)) continue;
        phrases[language].set(key, concept);
        longest = Math.max(longest, key.split(' ').length);
      }
    }
  }
  return { phrases, longest };
}

interface Unit {
  norm: string;
  stem: string;
  start: number;
  end: number;
  confidence: number;
  concept: boolean;
}

function toUnits(text: string, language: Language, vocabulary: Vocabulary | undefined): Unit[] {
  const units: Unit[] = [];
  for (const word of splitWords(text)) {
    const base = { start: word.start, end: word.end, confidence: 1, concept: false };
    const joined = termOf(word.norm, language);
    if (!word.parts || !vocabulary || vocabulary.knows(joined))
      units.push({ ...base, norm: word.norm, stem: joined });
    else for (const part of word.parts) units.push({ ...base, norm: part, stem: termOf(part, language) });
  }
  return units;
}

/** Dutch and German write compounds as one word; a part shorter than this is not split off. */
const MIN_PART = 4;
const COMPOUNDING: ReadonlySet<Language> = new Set(['nl', 'de']);

/**
 * "Ausfuhranmeldung" → "Ausfuhr" + "Anmeldung", "invoeraangifte" → "invoer" + "aangifte": an
 * unknown compound whose parts are both known words (a linking -s- or -en- allowed) becomes its
 * parts, the longest known last part first.
 */
function splitCompounds(units: Unit[], language: Language, vocabulary: Vocabulary): Unit[] {
  if (!COMPOUNDING.has(language)) return units;
  const knows = (norm: string) => vocabulary.knows(termOf(norm, language));
  return units.flatMap((unit) => {
    if (unit.norm.length < 2 * MIN_PART || vocabulary.knows(unit.stem) || /\d/.test(unit.norm)) return [unit];
    for (let cut = MIN_PART; cut <= unit.norm.length - MIN_PART; cut++) {
      const head = unit.norm.slice(0, cut);
      const tail = unit.norm.slice(cut);
      if (!knows(tail)) continue;
      const linked = [head, head.replace(/(s|en|e)$/, '')].find((part) => part.length >= 3 && knows(part));
      if (!linked) continue;
      return [
        { ...unit, norm: linked, stem: termOf(linked, language) },
        { ...unit, norm: tail, stem: termOf(tail, language) },
      ];
    }
    return [unit];
  });
}

/**
 * "log in" → "login", "e learning" → "elearning": two words whose joined form is a known word.
 * Two words that each mean something on their own ("post code") are left apart.
 */
function rejoin(units: Unit[], language: Language, vocabulary: Vocabulary): Unit[] {
  const meaningful = (unit: Unit) => vocabulary.knows(unit.stem) && !isStopword(unit.norm);
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    const next = units[i + 1];
    const norm = next ? unit.norm + next.norm : '';
    const joined = next && !/\d/.test(norm) ? termOf(norm, language) : '';
    if (next && joined && vocabulary.knows(joined) && !(meaningful(unit) && meaningful(next))) {
      out.push({ ...unit, norm, stem: joined, end: next.end });
      i++;
    } else out.push(unit);
  }
  return out;
}

/** Unknown words of five letters or more become the closest known word, counting for less. */
function correctTypos(units: Unit[], vocabulary: Vocabulary): void {
  for (const unit of units) {
    if (vocabulary.knows(unit.stem) || isStopword(unit.norm) || /\d/.test(unit.norm)) continue;
    if (allowedEdits(unit.norm.length) === 0) continue;
    const fix = vocabulary.correct(unit.norm);
    if (!fix) continue;
    unit.stem = termOf(fix.word, fix.language);
    unit.confidence = TYPO_CONFIDENCE[fix.distance] ?? 0;
  }
}

/** The longest lexicon phrase starting at each word becomes its group's concept. */
function applyLexicon(units: Unit[], lexicon: LexiconTable, language: Language): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length;) {
    let matched = 0;
    for (let n = Math.min(lexicon.longest, units.length - i); n >= 1 && !matched; n--) {
      const key = units
        .slice(i, i + n)
        .map((unit) => unit.stem)
        .join(' ');
      const concept = lexicon.phrases[language].get(key);
      if (concept === undefined) continue;
      const span = units.slice(i, i + n);
      const first = span[0] as Unit;
      const last = span[n - 1] as Unit;
      const confidence = Math.min(...span.map((unit) => unit.confidence));
      out.push({
        norm: concept,
        stem: concept,
        start: first.start,
        end: last.end,
        confidence,
        concept: true,
      });
      matched = n;
    }
    if (matched) i += matched;
    else out.push(units[i++] as Unit);
  }
  return out;
}

/**
 * The terms of `text` in order. Without a vocabulary (building the index) words are taken as
 * written; with one (a query) typos are corrected and split words rejoined first.
 */
export function analyse(
  text: string,
  lexicon: LexiconTable,
  language: Language = 'en',
  vocabulary?: Vocabulary,
): Term[] {
  let units = toUnits(text, language, vocabulary);
  if (vocabulary) {
    units = splitCompounds(rejoin(units, language, vocabulary), language, vocabulary);
    // The words typos are corrected against are English: a Dutch word is no English typo.
    if (language === 'en') correctTypos(units, vocabulary);
  }
  return applyLexicon(units, lexicon, language)
    .filter(
      (unit) => unit.concept || (!isStopword(unit.norm) && (unit.norm.length > 1 || /\d/.test(unit.norm))),
    )
    .map((unit) => ({
      term: unit.stem,
      start: unit.start,
      end: unit.end,
      confidence: unit.confidence,
      numeric: !unit.concept && /\d/.test(unit.norm),
    }));
}

/** Typo correction over the content's words, bucketed by first letter and length so a query only compares a handful. */
export function vocabularyOf(words: WordsByLanguage, known: Iterable<string> = []): Vocabulary {
  const stems = new Set<string>(known);
  const buckets = new Map<string, { word: string; language: Language }[]>();
  for (const language of LANGUAGES) {
    for (const word of words[language] ?? []) {
      stems.add(termOf(word, language));
      const key = `${word.charAt(0)}${word.length}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push({ word, language });
      else buckets.set(key, [{ word, language }]);
    }
  }
  return {
    knows: (stemmed) => stems.has(stemmed),
    correct(word) {
      const max = allowedEdits(word.length);
      let best: { word: string; language: Language; distance: number } | undefined;
      for (let length = word.length - max; length <= word.length + max; length++) {
        for (const candidate of buckets.get(`${word.charAt(0)}${length}`) ?? []) {
          const distance = boundedEditDistance(
            word,
            candidate.word,
            best ? Math.min(max, best.distance) : max,
          );
          if (distance > max) continue;
          if (
            !best ||
            distance < best.distance ||
            (distance === best.distance && candidate.word < best.word)
          ) {
            best = { ...candidate, distance };
          }
        }
      }
      return best;
    },
  };
}
