import type { APIRoute } from 'astro';
import { getCatalogue } from '../loaders/catalogue.ts';
import { catalogueJson } from '../domain/exports.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(catalogueJson(await getCatalogue()), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
