/**
 * The heavy parts of the wizard, loaded on first use so the page's first script stays small:
 * the views of the steps after the first, sending, the SLA clock, the topic matcher and the
 * attachments control.
 */
import { useEffect, useState } from 'preact/hooks';
import { MATCHER_DATA_PATH } from '../domain/routes.ts';
import type { MatcherJson } from './matcher-data.ts';

/** A loader that is started once and tried again after a failure (e.g. offline for a moment). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

// Each imports only what the wizard calls, so the bundler leaves the rest of the domain module out.
export const loadStepViews = once(() => import('./step-views.ts'));
export const loadSending = once(() => import('./delivery/sending.ts'));
export const loadSla = once(() => import('./sla-clock.ts'));
/** The matcher's code and its index (`/data/matcher.json`), fetched together. */
export const loadMatcher = once(async () => {
  const [code, index] = await Promise.all([
    import('./topic-matcher.ts'),
    fetch(MATCHER_DATA_PATH).then((response) =>
      response.ok
        ? (response.json() as Promise<MatcherJson>)
        : Promise.reject(new Error(`${MATCHER_DATA_PATH}: ${response.status}`)),
    ),
  ]);
  return { ...code, index };
});
/** The attachments control, in a file of its own that loads when the issue step shows (`scripts/wizard-chunks.ts`). */
export const loadAttachments = once(() => import('./attachments/AttachmentsField.tsx'));

/** The module once loaded (undefined until then); starts loading it as soon as `wanted` is true. */
export function useModule<T extends object>(load: () => Promise<T>, wanted = true): T | undefined {
  const [module, setModule] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    load().then(
      (loaded) => live && setModule(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load, wanted]);
  return module;
}
