import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { staticImports } from '../../scripts/build/preload-modules.ts';
import { brokenBudgets, measure, readBudgets } from '../../scripts/size-budgets.ts';
import { DIST, assertBuilt } from './built-site.ts';

beforeAll(assertBuilt);

describe('byte budgets of the built site (budgets.json)', () => {
  it('every page type is within its budget', () => {
    const measurements = measure(DIST, readBudgets(join(DIST, '..')));
    expect(measurements.some((m) => m.name === 'HTML of compare/index.html')).toBe(true);
    expect(measurements.some((m) => m.name === 'script on topics/*/index.html')).toBe(true);
    expect(brokenBudgets(measurements)).toEqual([]);
  });

  it('no built script holds luxon: the SLA clock ships compiled intervals, not a zone library', () => {
    const luxon = measure(DIST, readBudgets(join(DIST, '..'))).find((m) => m.name.startsWith('luxon in'));
    expect(luxon?.bytes).toBe(0);
    expect(luxon?.name).toMatch(/^luxon in any of the \d+ browser scripts$/);
  });

  it('the attachments control loads only when the issue step asks for it: no other file imports its file', () => {
    const scripts = readdirSync(join(DIST, '_astro')).filter((name) => name.endsWith('.js'));
    const attachments = scripts.filter((name) => name.startsWith('wizard-attachments.'));
    expect(attachments).toHaveLength(1);
    const importers = scripts.filter((name) =>
      staticImports(readFileSync(join(DIST, '_astro', name), 'utf8')).includes(`./${attachments[0]}`),
    );
    expect(importers).toEqual([]);
  });
});
