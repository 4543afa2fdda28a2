import type { APIRoute } from 'astro';
import { ticketJsonSchema } from '../../domain/ticket.ts';

/** ticket.v2's JSON Schema, the version the wizard sends, generated from the zod schema the receiver uses. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify(
      ticketJsonSchema({ id: new URL('/schemas/ticket.v2.json', site).href, version: 'ticket.v2' }),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/schema+json' } },
  );
