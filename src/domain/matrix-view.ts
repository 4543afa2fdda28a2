/**
 * The comparison matrix's view state (text filter, differences only, chosen tiers) and which rows it shows.
 * The state round-trips through the URL, e.g. `/compare/?tiers=basic,premium&diff=1&q=alert`,
 * so a salesperson can send the exact view.
 */
import { TIER_IDS, isTierId, type TierId } from './catalogue.ts';
import { foldCase } from './fold-case.ts';

export interface MatrixView {
  /** Words a row must contain (title, aliases, category), case-insensitive. */
  query: string;
  /** Show only rows where the shown tiers do not all have the same level. */
  differencesOnly: boolean;
  /** Tiers shown as columns, in rank order. */
  tiers: TierId[];
}

export const DEFAULT_VIEW: MatrixView = { query: '', differencesOnly: false, tiers: [...TIER_IDS] };

/** Reads a view from a query string; unknown tiers are ignored and an empty choice means all tiers. */
export function parseMatrixView(search: string): MatrixView {
  const params = new URLSearchParams(search);
  const chosen = (params.get('tiers') ?? '').split(',').filter(isTierId);
  return {
    query: (params.get('q') ?? '').trim(),
    differencesOnly: params.get('diff') === '1',
    tiers: chosen.length > 0 ? TIER_IDS.filter((id) => chosen.includes(id)) : [...TIER_IDS],
  };
}

/** Writes a view as a query string (with its leading `?`), leaving defaults out; `''` for the default view. */
export function serializeMatrixView(view: MatrixView): string {
  const params = new URLSearchParams();
  if (view.tiers.length > 0 && view.tiers.length < TIER_IDS.length) params.set('tiers', view.tiers.join(','));
  if (view.differencesOnly) params.set('diff', '1');
  if (view.query !== '') params.set('q', view.query);
  const text = params.toString().replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}

export interface MatrixRow {
  /** The text the filter searches (title, aliases, category), through `matrixText`. */
  text: string;
  levels: Partial<Record<TierId, string>>;
}

/** A row's searchable text, folded as the wizard's topic filter folds it: `Déclaration` is `declaration`. */
export const matrixText = (parts: readonly string[]): string => foldCase(parts.join(' '));

/** Whether a row is shown in a view: it matches every word of the query and, with differences only, the shown tiers disagree. */
export function isRowShown(row: MatrixRow, view: MatrixView): boolean {
  const words = foldCase(view.query).split(/\s+/).filter(Boolean);
  if (!words.every((word) => row.text.includes(word))) return false;
  if (!view.differencesOnly) return true;
  return new Set(view.tiers.map((tier) => row.levels[tier])).size > 1;
}

/** The caption of the default view, and of the page without JavaScript. */
export const FULL_MATRIX_CAPTION = 'Support coverage: every topic by every tier';

/**
 * The matrix's caption for a view, so the page (and its print-out) names what it shows:
 * `Basic Support and Premium Support: the topics matching “alert” where they differ`.
 */
export function matrixCaption(view: MatrixView, tierNames: Record<TierId, string>): string {
  const allTiers = view.tiers.length === 0 || view.tiers.length === TIER_IDS.length;
  if (allTiers && !view.differencesOnly && view.query === '') return FULL_MATRIX_CAPTION;
  // The platform words the list (as `listInWords` does), so this page's script shares no module with the wizard.
  const who = allTiers
    ? 'Every tier'
    : new Intl.ListFormat('en-GB').format(view.tiers.map((tier) => tierNames[tier]));
  const matching = view.query === '' ? '' : ` matching “${view.query}”`;
  const differing = view.differencesOnly ? ' where they differ' : '';
  return `${who}: ${matching || differing ? `the topics${matching}${differing}` : 'every topic'}`;
}
