/** Tickets from an earlier visit that were still in the outbox, and what became of them. */
import type { Ticket } from '../../domain/ticket.ts';
import { ticketReference } from '../../domain/ticket-reference.ts';
import type { Delivery } from './deliver.ts';
import { DeliveryActions } from './DeliveryActions.tsx';
import { deliveryDetail, deliveryHeading } from './delivery-text.ts';
import type { WizardData } from '../wizard-data.ts';

interface Props {
  tickets: Ticket[];
  deliveryOf: (id: string) => Delivery | undefined;
  durable: boolean;
  data: WizardData;
  onRetry: (ticket: Ticket) => void;
}

export function OutboxNotice({ tickets, deliveryOf, durable, data, onRetry }: Props) {
  if (tickets.length === 0) return null;
  return (
    <section class="callout" aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">Tickets from your last visit</h2>
      {tickets.map((ticket) => {
        const delivery = deliveryOf(ticket.id);
        const state = delivery?.state;
        return (
          <div key={ticket.id}>
            <p>
              <strong>{ticket.summary}</strong> ({ticketReference(ticket.id)}): {deliveryHeading(delivery)}.{' '}
              <span role="status">{deliveryDetail(delivery, durable)}</span>
            </p>
            {state && state !== 'sent' && state !== 'sending' && (
              <DeliveryActions
                ticket={ticket}
                data={data}
                onRetry={state === 'rejected' ? undefined : () => onRetry(ticket)}
              />
            )}
          </div>
        );
      })}
    </section>
  );
}
