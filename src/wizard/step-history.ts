/**
 * The wizard's steps in the browser history: each step the person moves to is a new entry, so the
 * browser's back and forward buttons move one step, and a reload comes back to the same step. The
 * reducer says how each move reaches the history (`Navigation`); this hook writes it.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { WizardState } from './state.ts';
import { STEP_ORDER, type StepId } from './steps.ts';

/** What each history entry of the wizard remembers. */
interface HistoryEntry {
  wizardStep: StepId;
  /** How many wizard entries lie behind this one, so Back knows whether history.back() stays in the wizard. */
  depth: number;
  /** The step was opened by a "Change" link and returns to the check page. */
  returnToCheck: boolean;
}

function isWizardEntry(entry: unknown): entry is HistoryEntry {
  return (
    typeof entry === 'object' &&
    entry !== null &&
    (STEP_ORDER as readonly unknown[]).includes((entry as HistoryEntry).wizardStep)
  );
}

/** The step of the current history entry, e.g. after a reload; undefined on a fresh visit. */
export function savedStep(): StepId | undefined {
  const entry: unknown = history.state;
  return isWizardEntry(entry) ? entry.wizardStep : undefined;
}

export interface StepHistory {
  /** One step back: the browser's back when the previous entry is the wizard's, else `fallback` in place. */
  back(fallback: () => void): void;
}

/**
 * Writes every step change of `state` to the history (from when `ready`), and calls `onPop` when the
 * browser's back or forward buttons bring a wizard entry back.
 */
export function useStepHistory(
  state: WizardState,
  ready: boolean,
  onPop: (step: StepId, returnToCheck: boolean) => void,
): StepHistory {
  const depth = useRef(0);
  const latest = useRef(onPop);
  latest.current = onPop;

  useEffect(() => {
    const entry: unknown = history.state;
    if (isWizardEntry(entry)) depth.current = entry.depth;
    const listener = (event: PopStateEvent) => {
      if (!isWizardEntry(event.state)) return;
      depth.current = event.state.depth;
      latest.current(event.state.wizardStep, event.state.returnToCheck);
    };
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  }, []);

  useLayoutEffect(() => {
    if (!ready || state.navigation === 'pop') return;
    if (state.navigation === 'push') depth.current += 1;
    const entry: HistoryEntry = {
      wizardStep: state.step,
      depth: depth.current,
      returnToCheck: state.returnToCheck,
    };
    if (state.navigation === 'push') history.pushState(entry, '');
    else history.replaceState(entry, '');
  }, [ready, state.moves]);

  return {
    back(fallback) {
      if (depth.current > 0) history.back();
      else fallback();
    },
  };
}
