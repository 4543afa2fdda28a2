import type { APIRoute } from 'astro';
import { getIntakeData } from '../../loaders/intake-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getIntakeData()), { headers: { 'Content-Type': 'application/json' } });
