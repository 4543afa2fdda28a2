import type { APIRoute } from 'astro';
import { getIntakeData } from '../../loaders/intake-data.ts';
import { buildMatcherIndex } from '../../domain/matcher.ts';
import { toMatcherJson } from '../../wizard/matcher-data.ts';

/** The wizard's matcher index: see `src/wizard/matcher-data.ts`. */
export const GET: APIRoute = async () => {
  const intake = await getIntakeData();
  const index = buildMatcherIndex(intake.catalogue, intake.lexicon, intake);
  const json = toMatcherJson(
    index,
    intake.catalogue.topics.map((topic) => topic.id),
  );
  return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json' } });
};
