/**
 * The wizard's steps in the browser history: each step is pushed as an entry, so the browser's
 * back and forward buttons move one step, and a reload comes back to the same step.
 */
import { useEffect, useRef } from 'preact/hooks';
import { STEPS } from './steps.ts';
import type { StepId } from './steps.ts';

/** What each history entry of the wizard remembers. */
interface HistoryState {
  wizardStep: StepId;
  /** How many wizard entries lie behind this one, so Back knows whether history.back() stays in the wizard. */
  depth: number;
  /** The step was opened by a "Change" link and returns to the check page. */
  returnToCheck: boolean;
}

function isWizardState(state: unknown): state is HistoryState {
  return typeof state === 'object' && state !== null && STEPS.includes((state as HistoryState).wizardStep);
}

export interface StepHistory {
  /** The step of the current entry, e.g. after a reload; undefined on a fresh visit. */
  saved(): StepId | undefined;
  /** Makes the current entry `step` (on start, or to correct a step that cannot be shown). */
  replace(step: StepId): void;
  /** A new entry for `step`. */
  push(step: StepId, returnToCheck: boolean): void;
  /** One step back: the browser's back when the previous entry is the wizard's, else `fallback` in place. */
  back(fallback: StepId | undefined): void;
}

/**
 * `show` puts a step on screen; `guard` turns a step from the history into one that can be shown
 * (undefined while the wizard is not ready).
 */
export function useStepHistory(
  show: (step: StepId, returnToCheck: boolean) => void,
  guard: (step: StepId) => StepId | undefined,
): StepHistory {
  const depth = useRef(0);
  const latest = useRef({ show, guard });
  latest.current = { show, guard };

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      if (!isWizardState(event.state)) return;
      const step = latest.current.guard(event.state.wizardStep);
      if (!step) return;
      depth.current = event.state.depth;
      latest.current.show(step, event.state.returnToCheck);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const write = (step: StepId, returnToCheck: boolean, how: 'push' | 'replace') => {
    const state: HistoryState = { wizardStep: step, depth: depth.current, returnToCheck };
    if (how === 'push') history.pushState(state, '');
    else history.replaceState(state, '');
  };

  return {
    saved() {
      const state: unknown = history.state;
      if (!isWizardState(state)) return undefined;
      depth.current = state.depth;
      return state.wizardStep;
    },
    replace(step) {
      write(step, false, 'replace');
    },
    push(step, returnToCheck) {
      depth.current += 1;
      write(step, returnToCheck, 'push');
      latest.current.show(step, returnToCheck);
    },
    back(fallback) {
      if (depth.current > 0) return history.back();
      if (fallback) {
        write(fallback, false, 'replace');
        latest.current.show(fallback, false);
      }
    },
  };
}
