import { describe, expect, it } from 'vitest';
import { buildMatcherIndex, matchTopics } from '../../src/domain/matcher.ts';
import { fromMatcherJson, toMatcherJson } from '../../src/wizard/matcher-data.ts';
import { catalogueOf, topic } from './matcher-catalogue.ts';

const catalogue = catalogueOf([
  topic({ id: 'finalisation', title: 'Release not received', aliases: ['exit confirmation'] }),
  topic({ id: 'login', title: 'Cannot log in to CAS', aliases: ['password reset'] }),
]);
const index = buildMatcherIndex(catalogue, [], { unrelated: ['Happy birthday, cake in the kitchen'] });

describe('the matcher index as the wizard downloads it (/data/matcher.json)', () => {
  it('leaves the topic ids out, the unrelated messages said by a flag, and gets them back from the catalogue', () => {
    const json = JSON.parse(JSON.stringify(toMatcherJson(index, ['finalisation', 'login'])));
    expect(json.topics).toBeUndefined();
    expect(json.unrelated).toBe(true);
    const back = fromMatcherJson(json, ['finalisation', 'login']);
    expect(back.topics).toEqual(['finalisation', 'login', '(unrelated)']);
    expect(matchTopics(back, 'no exit confirmation for our export')[0]?.topic).toBe('finalisation');
    expect(matchTopics(back, 'I need a password reset')[0]?.topic).toBe('login');
  });

  it('refuses an index built for other topics than the catalogue', () => {
    expect(() => toMatcherJson(index, ['login', 'finalisation'])).toThrow(
      'the matcher index lists other topics than the catalogue',
    );
  });
});
