/**
 * How each coverage level and tier mode is named and marked wherever it is shown.
 * The icon is decoration: the label is always shown beside it.
 */
import type { CoverageLevel, TierMode } from './catalogue.ts';

export interface LevelInfo {
  label: string;
  icon: string;
  /** One sentence for legends and tooltips. */
  description: string;
}

export const LEVELS: Record<CoverageLevel, LevelInfo> = {
  included: { label: 'Included', icon: '✓', description: 'Help on a ticket you raise.' },
  proactive: { label: 'Proactive', icon: '◎', description: 'We watch for it and reach out to you first.' },
  managed: { label: 'Managed', icon: '★', description: 'We act on it for you, through to the fix.' },
  guidance: { label: 'Guidance', icon: 'i', description: 'Advice on what to do; you carry it out.' },
  'on-request': { label: 'On request', icon: '↻', description: 'We carry it out for you when you ask.' },
  'not-included': { label: 'Not included', icon: '✕', description: 'Not part of this tier.' },
};

export const MODES: Record<TierMode, { label: string; description: string }> = {
  reactive: { label: 'On a ticket', description: 'Help starts when you raise a ticket.' },
  proactive: { label: 'Proactive', description: 'We monitor agreed triggers and open the ticket ourselves.' },
  managed: { label: 'Managed', description: 'We monitor, act on alerts and implement the fix for you.' },
};

/** Short enough for a cell of the matrix: the description is silent, so ask. */
export const INFERRED_MARK = 'Not stated: ask us';

/** What a reader is told about an inferred cell, in a sentence. */
export const INFERRED_SENTENCE =
  'The service description does not state this: ask us what applies to your contract.';
