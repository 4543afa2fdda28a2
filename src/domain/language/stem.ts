/**
 * The stem of a folded word in a language. Light stemmers written for this matcher: the index
 * and the query go through the same function, so a stem only has to be consistent, and the
 * browser gets a few hundred bytes instead of a Snowball library (about 65 KB gzipped for all
 * its languages; `npm run bench` compares the two on the intake phrasings).
 */
import type { Language } from './languages.ts';
import { stemDutch } from './stem-nl.ts';
import { stem as stemEnglish } from './stem-en.ts';
import { stemFrench } from './stem-fr.ts';
import { stemGerman } from './stem-de.ts';

const STEMMERS: Record<Language, (word: string) => string> = {
  en: stemEnglish,
  nl: stemDutch,
  fr: stemFrench,
  de: stemGerman,
};

export function stemIn(language: Language, word: string): string {
  return STEMMERS[language](word);
}
