import { describe, expect, it } from 'vitest';
import { allowedEdits, boundedEditDistance } from '../../src/domain/edit-distance.ts';
import { buildMatcherIndex, classify, matchTopics } from '../../src/domain/matcher.ts';
import { analyse, lexiconTable, termOf } from '../../src/domain/matcher-terms.ts';
import { stem } from '../../src/domain/language/stem-en.ts';
import { splitWords } from '../../src/domain/text-normalise.ts';
import { LEXICON, TOPICS, catalogueOf, intakeData, topic } from './matcher-catalogue.ts';

const data = intakeData();
const index = buildMatcherIndex(data.catalogue, LEXICON);
const best = (text: string) => matchTopics(index, text)[0]?.topic;

describe('text normalisation', () => {
  it('folds case, accents and punctuation, keeping where each word was written', () => {
    const words = splitWords('Déclaration  RELEASED, naïve!');
    expect(words.map((w) => w.norm)).toEqual(['declaration', 'released', 'naive']);
    expect(words[1]).toMatchObject({ surface: 'RELEASED', start: 13, end: 21 });
  });

  it('reads contractions as a negation, with or without the apostrophe', () => {
    expect(splitWords("can't log on").map((w) => w.norm)).toEqual(['ca', 'not', 'log', 'on']);
    expect(splitWords('doesnt arrive').map((w) => w.norm)).toEqual(['does', 'not', 'arrive']);
    expect(splitWords('No release').map((w) => w.norm)).toEqual(['not', 'release']);
  });

  it('joins hyphenated words and remembers their parts', () => {
    expect(splitWords('re-upload')[0]).toMatchObject({ norm: 'reupload', parts: ['re', 'upload'] });
  });
});

describe('stemming', () => {
  it('reads plurals and verb forms as one word', () => {
    const forms = ['declaration', 'declarations', 'declared', 'declaring', 'declare'];
    expect(new Set(forms.map(stem)).size).toBe(1);
    expect(stem('released')).toBe(stem('release'));
    expect(stem('queued')).toBe(stem('queues'));
    expect(stem('cancelled')).toBe(stem('cancel'));
  });

  it('reads British and American spellings alike', () => {
    expect(stem('authorization')).toBe(stem('authorisation'));
    expect(stem('behaviour')).toBe(stem('behavior'));
    expect(stem('centre')).toBe(stem('center'));
  });

  it('keeps "invalidate" with "invalidation" and leaves short words and references alone', () => {
    expect(stem('invalidated')).toBe(stem('invalidation'));
    expect(stem('cds')).toBe('cds');
    expect(stem('24be0001')).toBe('24be0001');
  });

  it('never reads "notes" as the negation "not"', () => {
    expect(termOf('notes')).not.toBe(termOf('not'));
  });
});

describe('typo tolerance', () => {
  it('allows one edit from five letters and two from eight', () => {
    expect([4, 5, 7, 8].map(allowedEdits)).toEqual([0, 1, 1, 2]);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(boundedEditDistance('recieved', 'received', 2)).toBe(1);
    expect(boundedEditDistance('password', 'pasword', 2)).toBe(1);
    expect(boundedEditDistance('customs', 'costumes', 1)).toBe(2);
  });

  it('corrects typos in long words against the content', () => {
    expect(best('pasword resset')).toBe('login');
    expect(best('exit confirmaton not recieved')).toBe('finalisation');
    expect(best('decsion tabel')).toBe('tables');
  });

  it('does not correct short words, where one edit is another word', () => {
    const lexicon = lexiconTable([]);
    const vocabulary = {
      knows: () => false,
      correct: () => ({ word: 'pass', language: 'en' as const, distance: 1 }),
    };
    expect(analyse('pasw', lexicon, 'en', vocabulary).map((t) => t.term)).toEqual(['pasw']);
    expect(analyse('paswrd', lexicon, 'en', vocabulary).map((t) => t.term)).toEqual(['pass']);
  });
});

describe('matchTopics', () => {
  it('finds a topic through its title, aliases and examples, whatever the case and punctuation', () => {
    expect(best('RELEASE NOT RECEIVED!!!')).toBe('finalisation');
    expect(best('where are the release notes?')).toBe('updates');
    expect(best('please set up a new decision table')).toBe('tables');
  });

  it('reads inflections and plurals', () => {
    expect(best('our declarations are stuck')).toBe('finalisation');
    expect(best('decision tables')).toBe('tables');
  });

  it('reads abbreviations and jargon through the lexicon', () => {
    expect(best('Which HS code for bluetooth speakers?')).toBe('tariff');
    expect(best('what is the CN code')).toBe('tariff');
    expect(best('TARIC for speakers')).toBe('tariff');
    const bare = buildMatcherIndex(data.catalogue, []);
    expect(matchTopics(bare, 'TARIC for speakers')).toEqual([]);
  });

  it('reads split and hyphenated spellings of a lexicon word alike', () => {
    for (const text of ['cannot log in', 'cannot log-in', 'cannot login', 'cannot sign in']) {
      expect(best(text), text).toBe('login');
    }
  });

  it('does not depend on word order', () => {
    expect(best('not received, the release')).toBe('finalisation');
    expect(best('table for decisions')).toBe('tables');
  });

  it('ignores extra words, greetings and stopwords', () => {
    expect(
      best(
        'Hello team, sorry to bother you again, but honestly the release is not received yet. Kind regards',
      ),
    ).toBe('finalisation');
  });

  it('tells "release not received" from "release notes"', () => {
    expect(best('release not received')).toBe('finalisation');
    expect(best('release notes')).toBe('updates');
  });

  it('scores an alias written as a phrase above the same words scattered', () => {
    const [phrase] = matchTopics(index, 'goods not arrived');
    const [scattered] = matchTopics(index, 'arrived goods is it not');
    expect(phrase?.topic).toBe('finalisation');
    expect(scattered?.topic).toBe('finalisation');
    expect(phrase?.score).toBeGreaterThan(scattered?.score ?? Infinity);
  });

  it('weighs words found in every topic less than distinctive ones', () => {
    const catalogue = catalogueOf([
      topic({ id: 'a', title: 'Customs error on a declaration', aliases: ['customs error'] }),
      topic({ id: 'b', title: 'Customs declaration stuck at the port', aliases: ['port'] }),
      topic({ id: 'c', title: 'Customs declaration training', aliases: ['training'] }),
    ]);
    const small = buildMatcherIndex(catalogue, []);
    expect(matchTopics(small, 'customs declaration at the port')[0]?.topic).toBe('b');
  });

  it('abstains on text that is not about any topic', () => {
    expect(matchTopics(index, "what's the weather tomorrow")).toEqual([]);
    expect(matchTopics(index, 'asdf qwer zxcv')).toEqual([]);
    expect(matchTopics(index, '')).toEqual([]);
    expect(matchTopics(index, '!!! ???')).toEqual([]);
  });

  it('explains a match with the words as the customer wrote them, a phrase as one', () => {
    const [match] = matchTopics(index, 'Help: Release NOT received for MRN 24BE0001');
    expect(match?.matched).toEqual(['Release NOT received']);
    const [typo] = matchTopics(index, 'Pasword reset please');
    expect(typo?.matched).toEqual(['Pasword reset']);
  });

  it('ranks ties by catalogue order, the same every time', () => {
    const twins = catalogueOf([
      topic({ id: 'first', title: 'Port errors', aliases: ['port error'] }),
      topic({ id: 'second', title: 'Port errors', aliases: ['port error'] }),
    ]);
    const twinIndex = buildMatcherIndex(twins, []);
    const runs = Array.from({ length: 3 }, () => matchTopics(twinIndex, 'port error'));
    expect(runs[0]?.map((m) => m.topic)).toEqual(['first', 'second']);
    expect(runs[0]?.[0]?.score).toBe(runs[0]?.[1]?.score);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('gives the same answers from an index that went through JSON, as the browser gets it', () => {
    const shipped = JSON.parse(JSON.stringify(index)) as typeof index;
    expect(shipped).toEqual(index);
    for (const text of ['release not received', 'pasword reset', 'HS code for shoes', 'weather']) {
      expect(matchTopics(shipped, text)).toEqual(matchTopics(index, text));
    }
  });

  it('limits the suggestions and honours a custom minimum score', () => {
    expect(matchTopics(index, 'release', { limit: 1 }).length).toBeLessThanOrEqual(1);
    expect(matchTopics(index, 'release not received', { minScore: 1000 })).toEqual([]);
  });
});

describe('classify', () => {
  it('a topic the tier covers is covered', () => {
    expect(classify(data, index, 'basic', 'I cannot log on, password reset does not work')).toMatchObject({
      verdict: 'covered',
      topic: 'login',
    });
  });

  it('a topic covered from Premium up is an upsell to Premium for Basic, naming the higher tiers', () => {
    expect(classify(data, index, 'basic', 'release not received')).toMatchObject({
      verdict: 'upsell',
      topic: 'finalisation',
      upsellTier: 'premium',
      higherTiers: ['active', 'premium-plus'],
    });
  });

  it('a topic covered only from Active up is an upsell to Active for Premium', () => {
    expect(classify(data, index, 'premium', 'new decision table please')).toMatchObject({
      verdict: 'upsell',
      upsellTier: 'active',
    });
  });

  it('a topic no tier covers is out of scope, with where to go instead', () => {
    const result = classify(data, index, 'premium-plus', 'HS code for bicycles');
    expect(result).toMatchObject({ verdict: 'out_of_scope', topic: 'tariff' });
    expect(result.alternative?.name).toBe('Master data services');
  });

  it('no match is unknown, with no topic, score or explanation', () => {
    expect(classify(data, index, 'active', "what's the weather tomorrow")).toEqual({
      verdict: 'unknown',
      topic: null,
      score: 0,
      matched: [],
      suggestions: [],
    });
  });

  it('returns the score, the matched words and the ranked suggestions, the chosen topic first', () => {
    const result = classify(data, index, 'premium', 'exit confirmation not received');
    expect(result.score).toBeGreaterThan(0);
    expect(result.matched).toEqual(['exit confirmation', 'not received']);
    expect(result.suggestions[0]).toEqual({
      topic: 'finalisation',
      score: result.score,
      matched: result.matched,
    });
  });

  it('works from the topics alone: the catalogue has every topic the index names', () => {
    expect(TOPICS.map((t) => t.id)).toEqual(index.topics);
  });
});
