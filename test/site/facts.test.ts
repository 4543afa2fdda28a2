import { beforeAll, describe, expect, it } from 'vitest';
import { factMismatches, type BuiltTopic } from './facts-table.ts';
import { assertBuilt, readDist } from './built-site.ts';

let topics: BuiltTopic[];

beforeAll(() => {
  assertBuilt();
  topics = (JSON.parse(readDist('catalogue.json')) as { topics: BuiltTopic[] }).topics;
});

describe('the built catalogue agrees with catalogue-facts.md', () => {
  it('has every topic of the facts page, each cell with the stated level and basis', () => {
    expect(factMismatches(topics)).toEqual([]);
  });

  it('would catch one wrong cell, a wrongly inferred cell and a missing alternative', () => {
    const broken = structuredClone(topics);
    const bcp = broken.find((t) => t.id === 'business-continuity-procedure')!;
    bcp.coverage.premium = { level: 'included', basis: 'stated' };
    broken.find((t) => t.id === 'inconsistency-alerts')!.coverage.active!.basis = 'inferred';
    delete broken.find((t) => t.id === 'physical-controls')!.alternative;
    expect(factMismatches(broken)).toEqual([
      'inconsistency-alerts → active: facts say proactive (stated), content says proactive (inferred)',
      'business-continuity-procedure → premium: facts say guidance (stated), content says included (stated)',
      'physical-controls: no alternative',
    ]);
  });
});
