import type { APIRoute } from 'astro';
import { getIntakeData } from '../../loaders/intake-data.ts';
import { toWizardJson } from '../../wizard/wizard-data.ts';

/** The intake wizard's data: see `src/wizard/wizard-data.ts`. */
export const GET: APIRoute = async () => {
  const data = toWizardJson(await getIntakeData());
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
