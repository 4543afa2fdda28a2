import { describe, expect, it } from 'vitest';
import { compareCsv, csvField } from '../../src/domain/exports.ts';
import type { Catalogue } from '../../src/domain/catalogue.ts';

describe('CSV export', () => {
  it('quotes fields with commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes one row per topic and one level column per tier, with CRLF line ends', () => {
    const cell = { level: 'included', basis: 'stated' } as const;
    const catalogue = {
      tiers: [
        { id: 'basic', name: 'Basic' },
        { id: 'premium', name: 'Premium' },
      ],
      categories: [{ id: 'c', title: 'Using, CAS', order: 1, description: '' }],
      topics: [
        {
          id: 't',
          title: 'Log "on"',
          category: 'c',
          coverage: { basic: cell, premium: { level: 'guidance', basis: 'inferred', note: 'advice, only' } },
        },
      ],
    } as unknown as Catalogue;
    expect(compareCsv(catalogue)).toBe(
      'topic,title,category,basic,premium,basic note,premium note,alternative\r\n' +
        't,"Log ""on""","Using, CAS",included,guidance (inferred),,"advice, only",\r\n',
    );
  });
});
