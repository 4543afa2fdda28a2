import type { APIRoute } from 'astro';
import { getIntakeData } from '../../loaders/intake-data.ts';
import { buildMatcherIndex } from '../../domain/matcher.ts';
import { toWizardJson } from '../../wizard/wizard-data.ts';

/** The intake wizard's data: see `src/wizard/wizard-data.ts`. */
export const GET: APIRoute = async () => {
  const intake = await getIntakeData();
  const data = toWizardJson(intake, buildMatcherIndex(intake.catalogue, intake.lexicon, intake));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
