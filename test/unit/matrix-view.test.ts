import { describe, expect, it } from 'vitest';
import type { TierId } from '../../src/domain/catalogue.ts';
import {
  DEFAULT_VIEW,
  isRowShown,
  matrixText,
  matrixCaption,
  parseMatrixView,
  serializeMatrixView,
} from '../../src/domain/matrix-view.ts';

const row = {
  text: 'business continuity procedure bcp fallback',
  levels: { basic: 'not-included', premium: 'guidance', active: 'included', 'premium-plus': 'managed' },
} as const;

describe('matrix view', () => {
  it('reads the shareable URL back into the same view', () => {
    const view = parseMatrixView('?tiers=basic,premium&diff=1&q=alert');
    expect(view).toEqual({ query: 'alert', differencesOnly: true, tiers: ['basic', 'premium'] });
    expect(serializeMatrixView(view)).toBe('?tiers=basic,premium&diff=1&q=alert');
  });

  it('keeps tiers in rank order and drops unknown ones', () => {
    expect(parseMatrixView('?tiers=active,gold,basic').tiers).toEqual(['basic', 'active']);
  });

  it('treats an empty or missing tier choice as all tiers, and writes the default view as no query', () => {
    expect(parseMatrixView('?tiers=').tiers).toEqual(DEFAULT_VIEW.tiers);
    expect(serializeMatrixView(DEFAULT_VIEW)).toBe('');
  });

  it('filters rows by every word of the query, in any order', () => {
    expect(isRowShown(row, { ...DEFAULT_VIEW, query: 'BCP continuity' })).toBe(true);
    expect(isRowShown(row, { ...DEFAULT_VIEW, query: 'bcp alert' })).toBe(false);
  });

  it("ignores case and accents on both sides, as the wizard's topic filter does", () => {
    const declaration = { ...row, text: matrixText(['Déclaration finalisation', 'Clearance', 'Straße']) };
    expect(declaration.text).toBe('declaration finalisation clearance strasse');
    expect(isRowShown(declaration, { ...DEFAULT_VIEW, query: 'DECLARATION' })).toBe(true);
    expect(isRowShown(declaration, { ...DEFAULT_VIEW, query: 'déclaration strasse' })).toBe(true);
  });

  it('with differences only, hides a row whose shown tiers all agree', () => {
    const same = { ...row, levels: { ...row.levels, premium: 'included' } } as const;
    const view = { ...DEFAULT_VIEW, differencesOnly: true, tiers: ['premium', 'active'] as const };
    expect(isRowShown(same, { ...view, tiers: [...view.tiers] })).toBe(false);
    expect(isRowShown(row, { ...view, tiers: [...view.tiers] })).toBe(true);
  });
});

describe('the matrix caption names the view', () => {
  const names = {
    basic: 'Basic Support',
    premium: 'Premium Support',
    active: 'Active Support',
    'premium-plus': 'Premium Plus Support',
  };

  it('names every topic by every tier for the full matrix', () => {
    expect(matrixCaption(DEFAULT_VIEW, names)).toBe('Support coverage: every topic by every tier');
  });

  it('names the chosen tiers, the filter and differences only', () => {
    const pair = { ...DEFAULT_VIEW, tiers: ['basic', 'premium'] as TierId[] };
    expect(matrixCaption(pair, names)).toBe('Basic Support and Premium Support: every topic');
    expect(matrixCaption({ ...pair, differencesOnly: true }, names)).toBe(
      'Basic Support and Premium Support: the topics where they differ',
    );
    expect(matrixCaption({ ...pair, differencesOnly: true, query: 'alert' }, names)).toBe(
      'Basic Support and Premium Support: the topics matching “alert” where they differ',
    );
    expect(matrixCaption({ ...DEFAULT_VIEW, query: 'bcp' }, names)).toBe(
      'Every tier: the topics matching “bcp”',
    );
  });
});
