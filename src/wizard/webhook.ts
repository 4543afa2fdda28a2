/** Where the wizard sends tickets: the URL set at build time, else the built-in receiver. */
import { PUBLIC_TICKET_WEBHOOK_URL } from 'astro:env/client';
import { TICKETS_PATH } from '../domain/routes.ts';

export const WEBHOOK = PUBLIC_TICKET_WEBHOOK_URL ?? TICKETS_PATH;
