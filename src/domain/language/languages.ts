/**
 * The languages customers write in, and how to tell them apart: a text is in the language whose
 * everyday function words it uses most. Short texts with none ("MRN stuck") count as English,
 * the language of most of the content.
 */
import type { Word } from '../text-normalise.ts';

export const LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Function words that mark a language, folded (no accents). Words that are common in two of the
 * languages (`de`, `en`, `die`, `was`) are left out: they would not tell them apart.
 */
const MARKERS: Record<Language, ReadonlySet<string>> = {
  en: words(
    'the and is are was were to of for with this that our we you your it not have has been from can please our there which would should',
  ),
  nl: words(
    'het een van niet wij onze ons jullie zijn heeft hebben wordt worden voor met bij maar ook nog al kunnen kan moeten moet dat deze dit wat hoe graag alvast bedankt geen sinds wel naar uit',
  ),
  fr: words(
    'le la les des une est sont pour avec dans nous notre nos vous votre pas que qui sur ce cette ces ne aux du au il elle ont avoir merci bonjour depuis encore comment pouvez',
  ),
  de: words(
    'der das und ist sind nicht wir unsere unser ein eine einen mit fur auf bei dem den des sie ihr ihre wird werden haben hat kann konnen noch schon seit bitte danke warum wie',
  ),
};

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

/** The language of a text from its folded words; English when no marker tells. Ties go to the earlier language. */
export function detectLanguage(words: readonly Pick<Word, 'norm'>[]): Language {
  let best: Language = 'en';
  let bestCount = 0;
  for (const language of LANGUAGES) {
    const markers = MARKERS[language];
    let count = 0;
    for (const word of words) if (markers.has(word.norm)) count++;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}
