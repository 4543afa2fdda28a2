import type { APIRoute } from 'astro';
import { ticketJsonSchema } from '../../domain/ticket.ts';

/** The webhook payload's JSON Schema, generated from the one zod schema the wizard and the receiver use. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify(ticketJsonSchema({ id: new URL('/schemas/ticket.v1.json', site).href }), null, 2),
    {
      headers: { 'Content-Type': 'application/schema+json' },
    },
  );
