/** The matcher index's compact writing reads back exactly what was written, for any input it accepts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeNumbers,
  decodeRow,
  encodeNumbers,
  encodeRow,
  frontCode,
  frontDecode,
} from '../../src/domain/matcher-encoding.ts';

describe('the matcher index encoding', () => {
  it('writes small numbers as one letter each, larger ones with capitals before the last letter', () => {
    expect(encodeNumbers([0, 1, 25, 26, 27, 676])).toBe('abzBaBbBAa');
    expect(decodeNumbers('abzBaBbBAa')).toEqual([0, 1, 25, 26, 27, 676]);
  });

  it('reads back any list of whole numbers it wrote', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10_000_000 }), { maxLength: 200 }), (numbers) => {
        expect(decodeNumbers(encodeNumbers(numbers))).toEqual(numbers);
      }),
      { numRuns: 2_000 },
    );
  });

  it('front-codes sorted words by what they share with the word before', () => {
    expect(frontCode(['declaration', 'declare', 'release'])).toBe('AdeclarationGeArelease');
    expect(frontDecode('AdeclarationGeArelease')).toEqual(['declaration', 'declare', 'release']);
  });

  it('reads back any sorted list of distinct lower-case words, however much they share', () => {
    const word = fc.stringMatching(/^[a-zà-ÿ0-9]{1,40}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 100 }), (words) => {
        const sorted = [...words].sort();
        expect(frontDecode(frontCode(sorted))).toEqual(sorted);
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses a word with a capital, which would read as the start of another word', () => {
    expect(() => frontCode(['cas', 'Cas'])).toThrow('the matcher index cannot store the word "Cas"');
  });

  it('reads back posting rows written one after another', () => {
    const row = fc
      .uniqueArray(fc.nat({ max: 3_000 }), { maxLength: 30 })
      .chain((topics) =>
        fc.tuple(
          fc.constant([...topics].sort((a, b) => a - b)),
          fc.array(fc.integer({ min: 1, max: 50 }), { minLength: topics.length, maxLength: topics.length }),
        ),
      )
      .map(([topics, frequencies]) => topics.flatMap((topic, i) => [topic, frequencies[i] ?? 1]));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const numbers: number[] = [];
        for (const r of rows) encodeRow(r, numbers, 0);
        const written = decodeNumbers(encodeNumbers(numbers));
        let at = 0;
        const read = rows.map(() => {
          let decoded: number[];
          [decoded, at] = decodeRow(written, at, 0);
          return decoded;
        });
        expect(read).toEqual(rows);
        expect(at).toBe(numbers.length);
      }),
      { numRuns: 1_000 },
    );
  });
});
