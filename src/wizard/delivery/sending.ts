/**
 * What sending tickets takes, in one module the wizard loads as it starts (`lazy.ts`) rather than
 * in the page's first script: delivery and the outbox watch, building a ticket and its id, and the
 * notice about tickets from an earlier visit. Reading the outbox itself (`outbox.ts`) stays in the
 * first script: the wizard needs it to restore a draft.
 */
export { deliveryOf, onDeliveryChange, send, watchOutbox, withdraw } from './deliver.ts';
export { OutboxNotice } from './OutboxNotice.tsx';
export { newTicketId } from './ticket-id.ts';
export { buildTicket } from '../build-ticket.ts';
