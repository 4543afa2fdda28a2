import type { APIRoute } from 'astro';
import { getCatalogue } from '../loaders/catalogue.ts';
import { compareCsv } from '../domain/exports.ts';

export const GET: APIRoute = async () =>
  new Response(compareCsv(await getCatalogue()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
