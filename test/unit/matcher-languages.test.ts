/**
 * The matcher across languages and whole messages: each language's folding and stemming, language
 * detection, compounds, the cues that weigh sentences, and when it abstains.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/domain/language/languages.ts';
import { stemIn } from '../../src/domain/language/stem.ts';
import { buildMatcherIndex, matchTopics } from '../../src/domain/matcher.ts';
import { sentencesOf, sentenceWeight, foldCues } from '../../src/domain/matcher-sentences.ts';
import { analyse, lexiconTable, vocabularyOf } from '../../src/domain/matcher-terms.ts';
import { foldCase } from '../../src/domain/fold-case.ts';
import { splitWords } from '../../src/domain/text-normalise.ts';
import { catalogueOf, topic } from './matcher-catalogue.ts';

const stems = (language: 'en' | 'nl' | 'fr' | 'de', words: string[]) =>
  words.map((word) => stemIn(language, foldCase(word)));

describe('folding and stemming in each language', () => {
  it('Dutch: plurals in -en and -s and a final -e read alike; -ing and a doubled consonant go', () => {
    expect(stems('nl', ['aangifte', 'aangiften', 'aangiftes'])).toEqual(['aangift', 'aangift', 'aangift']);
    expect(stems('nl', ['vergunning', 'vergunningen'])).toEqual(['vergun', 'vergun']);
    expect(stems('nl', ['containers', 'container'])).toEqual(['container', 'container']);
  });

  it('French: accents fold, and plural, participle, infinitive and -ation read as one', () => {
    expect(stems('fr', ['déclarations', 'déclaration', 'déclarer', 'déclarée'])).toEqual([
      'declar',
      'declar',
      'declar',
      'declar',
    ]);
    expect(stems('fr', ['mainlevée', 'mainlevées'])).toEqual(['mainlev', 'mainlev']);
    expect(stems('fr', ['contrôles', 'contrôle'])).toEqual(['control', 'control']);
  });

  it('German: umlauts and ß fold, and the inflection endings go', () => {
    expect(stems('de', ['Zollanmeldungen', 'Zollanmeldung'])).toEqual(['zollanmeldung', 'zollanmeldung']);
    expect(stems('de', ['Überlassung'])).toEqual(['uberlassung']);
    expect(stems('de', ['Grüße', 'Straße'])).toEqual(['gruss', 'strass']);
  });

  it('English keeps the stemmer it had: "declarations" and "declared" read alike', () => {
    expect(stems('en', ['declarations', 'declared', 'declaring'])).toEqual(['declar', 'declar', 'declar']);
  });
});

describe('detectLanguage', () => {
  const language = (text: string) => detectLanguage(splitWords(text));

  it('tells the four languages apart by their function words', () => {
    expect(language('The release for our import has not arrived')).toBe('en');
    expect(language('Wij hebben nog geen vrijgave voor onze invoeraangifte')).toBe('nl');
    expect(language('Nous attendons toujours la mainlevée de notre déclaration')).toBe('fr');
    expect(language('Wir haben noch keine Überlassung für unsere Anmeldung')).toBe('de');
  });

  it('reads a message without function words as English', () => {
    expect(language('MRN 24BE000000123456A7 stuck')).toBe('en');
  });
});

describe('compounds', () => {
  it('splits an unknown Dutch or German compound into two known parts, a linking -s- allowed', () => {
    const lexicon = lexiconTable([]);
    const vocabulary = vocabularyOf({}, ['ausfuhr', 'anmeldung', 'uitgang', 'bevestig']);
    expect(analyse('Ausfuhranmeldung', lexicon, 'de', vocabulary).map((t) => t.term)).toEqual([
      'ausfuhr',
      'anmeldung',
    ]);
    expect(analyse('uitgangsbevestiging', lexicon, 'nl', vocabulary).map((t) => t.term)).toEqual([
      'uitgang',
      'bevestig',
    ]);
  });

  it('leaves English words whole', () => {
    const vocabulary = vocabularyOf({}, ['export', 'declar']);
    expect(analyse('exportdeclaration', lexiconTable([]), 'en', vocabulary).map((t) => t.term)).toEqual([
      'exportdeclar',
    ]);
  });
});

describe('sentences and cues', () => {
  const cues = foldCues({ aside: ['by the way', 'minor'], focus: ['the real problem', 'urgent'] });

  it('splits a message into sentences, keeping numbers and abbreviations whole', () => {
    expect(
      sentencesOf('Declared 1.5 t. Release not received! Why?\nThanks').map((s) => s.text.trim()),
    ).toEqual(['Declared 1.5 t.', 'Release not received!', 'Why?', 'Thanks']);
  });

  it('weighs an aside down, the main problem up, and "not urgent" as an aside', () => {
    expect(sentenceWeight('By the way, the font looks odd.', cues)).toBe(0.3);
    expect(sentenceWeight('The real problem: no exit confirmation.', cues)).toBe(1.6);
    expect(sentenceWeight('Minor, but not urgent.', cues)).toBe(0.3);
    expect(sentenceWeight('Release not received.', cues)).toBe(1);
  });
});

describe('a whole message', () => {
  const catalogue = catalogueOf([
    topic({
      id: 'finalisation',
      title: 'Declarations stuck before their final status',
      aliases: ['release not received', 'exit confirmation'],
      examples: ['No exit confirmation for the export', 'Still waiting for the release of our import'],
    }),
    topic({
      id: 'login',
      title: 'Cannot log in to CAS',
      aliases: ['password reset', 'login page'],
      examples: ['The login page looks broken', 'I forgot my password'],
    }),
  ]);
  const unrelated = [
    'Who wants port wine or a dessert wine with the cheese at the team dinner?',
    'Happy birthday! Cake in the kitchen at four.',
    'The coffee machine in the kitchen is broken again.',
  ];
  const index = buildMatcherIndex(catalogue, [], {
    cues: { aside: ['minor one'], focus: ['the real problem'] },
    unrelated,
  });
  const best = (text: string) => matchTopics(index, text)[0]?.topic ?? null;

  it('goes with the sentence the person marks as the real problem, not the aside before it', () => {
    expect(
      best(
        'Minor one: the login page looks odd today. The real problem: no exit confirmation for three exports.',
      ),
    ).toBe('finalisation');
  });

  it('abstains when the message reads more like the unrelated messages than like any topic', () => {
    expect(best('Should we take port wine to the team dinner, or a dessert wine?')).toBeNull();
    expect(best('The coffee machine broke again, can someone look at it?')).toBeNull();
  });

  it('abstains on a message with nothing telling in it, but not on a topic named by its own words', () => {
    expect(best('The cake is broken.')).toBeNull();
    expect(best('release not received')).toBe('finalisation');
  });

  it('does not take everyday words for evidence: "the page looks broken" is no login problem until it says login', () => {
    const plain = buildMatcherIndex(catalogue, [], { unrelated });
    const everyday = buildMatcherIndex(catalogue, [], {
      unrelated,
      everyday: { en: ['page', 'look', 'looks', 'broken'] },
    });
    expect(matchTopics(plain, 'The page looks broken.')[0]?.topic).toBe('login');
    expect(matchTopics(everyday, 'The page looks broken.')).toEqual([]);
    expect(matchTopics(everyday, 'The login page looks broken.')[0]?.topic).toBe('login');
  });

  it('reads a long message by its best sentence: background that reads unrelated does not hide the problem', () => {
    expect(
      best(
        'We are a small team and love a good dinner with port wine. Happy birthday to our boss, by the way. ' +
          'Our export has no exit confirmation since Friday.',
      ),
    ).toBe('finalisation');
  });
});
