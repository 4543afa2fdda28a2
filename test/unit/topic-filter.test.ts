/** The topic chooser's filter: every word typed must start a word of the topic's title or category. */
import { describe, expect, it } from 'vitest';
import { filterTopics } from '../../src/wizard/topic-filter.ts';
import type { WizardData } from '../../src/wizard/wizard-data.ts';

const coverage = {} as WizardData['catalogue']['topics'][number]['coverage'];
const catalogue: WizardData['catalogue'] = {
  tiers: [],
  categories: [
    { id: 'flow', title: 'Declaration flow' },
    { id: 'none', title: 'Not covered by any tier' },
  ],
  topics: [
    { id: 'finalisation', title: 'Declarations stuck before their final status', category: 'flow', coverage },
    {
      id: 'bcp',
      title: 'Business Continuity Procedure (BCP) when customs is down',
      category: 'flow',
      coverage,
    },
    {
      id: 'tariff',
      title: 'Tariff classification, duty rates and tariff measures',
      category: 'none',
      coverage,
    },
  ],
};

const ids = (filter: string) =>
  filterTopics(catalogue, filter).flatMap((group) => group.topics.map((t) => t.id));

describe('filterTopics', () => {
  it('lists every topic under its category when nothing is typed', () => {
    expect(filterTopics(catalogue, '  ').map((group) => [group.category.id, group.topics.length])).toEqual([
      ['flow', 2],
      ['none', 1],
    ]);
  });

  it('keeps topics where every typed word starts a word of the title or the category', () => {
    expect(ids('stuck')).toEqual(['finalisation']);
    expect(ids('DECL fin')).toEqual(['finalisation']);
    expect(ids('bcp')).toEqual(['bcp']);
    expect(ids('flow')).toEqual(['finalisation', 'bcp']);
    expect(ids('tarif')).toEqual(['tariff']);
  });

  it('ignores case and accents, and leaves empty categories out', () => {
    expect(ids('Clàssification')).toEqual(['tariff']);
    expect(filterTopics(catalogue, 'classification').map((group) => group.category.id)).toEqual(['none']);
    expect(ids('weather')).toEqual([]);
  });
});
