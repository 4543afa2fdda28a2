/**
 * Step 8: the ticket's true state. Sent: the reference, the queue, the due time and what
 * happens next. Not sent yet: why, that it is kept and retried, and what they can do now.
 * Refused: what to fix, each with a link back to the answer.
 */
import { findTier } from '../../domain/catalogue.ts';
import type { Ticket } from '../../domain/ticket.ts';
import { ticketReference } from '../../domain/ticket-reference.ts';
import type { Delivery } from '../delivery/deliver.ts';
import { DeliveryActions } from '../delivery/DeliveryActions.tsx';
import { deliveryDetail, deliveryHeading } from '../delivery/delivery-text.ts';
import { DueTime } from '../ui/DueTime.tsx';
import type { FieldInfo } from '../fields.ts';
import { fieldForPath } from '../fields.ts';
import { QUEUE_NAMES } from '../verdict-text.ts';
import type { WizardData } from '../wizard-data.ts';

interface Props {
  ticket: Ticket;
  delivery: Delivery | undefined;
  durable: boolean;
  data: WizardData;
  onRetry: () => void;
  onFix: (field: FieldInfo) => void;
  onNewTicket: () => void;
}

function nextSteps(ticket: Ticket, data: WizardData): string {
  const tier = findTier(data.catalogue, ticket.tier)?.name ?? ticket.tier;
  const upsell =
    ticket.verdict === 'upsell'
      ? (findTier(data.catalogue, ticket.upsellTier)?.name ?? ticket.upsellTier)
      : '';
  switch (ticket.sla.queue) {
    case 'sales':
      return `Our sales team answers your question about ${upsell || 'a higher tier'} by e-mail to ${ticket.customer.email}. Nothing changes to your ${tier} contract unless you ask.`;
    case 'advice':
      return `We reply by e-mail to ${ticket.customer.email} with advice on where to go for this.`;
    default:
      return `Support reads your ticket and replies by e-mail to ${ticket.customer.email}, at the latest by the due time.`;
  }
}

export function ConfirmationStep({ ticket, delivery, durable, data, onRetry, onFix, onNewTicket }: Props) {
  const heading = deliveryHeading(delivery);
  const state = delivery?.state ?? 'sent';
  // The webhook's own reference when it gave one; the receiver's is the same, derived from the id.
  const reference = (delivery?.state === 'sent' && delivery.reference) || ticketReference(ticket.id);
  return (
    <>
      {state === 'rejected' && delivery?.state === 'rejected' && (
        <div class="error-summary">
          <div role="alert">
            <h2>There is a problem</h2>
            <ul>
              {delivery.issues.map((issue) => {
                const field = fieldForPath(issue.path);
                return (
                  <li key={issue.path}>
                    {field ? (
                      <a
                        href="#"
                        onClick={(event) => {
                          event.preventDefault();
                          onFix(field);
                        }}
                      >
                        {field.label}: {issue.message}
                      </a>
                    ) : (
                      `${issue.path || 'Ticket'}: ${issue.message}`
                    )}
                  </li>
                );
              })}
              {delivery.issues.length === 0 && <li>{delivery.error}</li>}
            </ul>
          </div>
        </div>
      )}
      <div class={state === 'sent' ? 'panel' : undefined}>
        <h1 id="step-heading" tabIndex={-1}>
          {heading}
        </h1>
        {state === 'sent' && (
          <p class="panel-body">
            Your reference is <strong>{reference}</strong>
          </p>
        )}
      </div>
      <p role="status">{deliveryDetail(delivery, durable)}</p>
      {state === 'rejected' && (
        <p>Change the answers listed above, then send the ticket again from the check page.</p>
      )}
      <dl class="facts">
        {state !== 'sent' && (
          <>
            <dt>Reference</dt>
            <dd>{reference}</dd>
          </>
        )}
        <dt>Summary</dt>
        <dd>{ticket.summary}</dd>
        <dt>Goes to</dt>
        <dd>{QUEUE_NAMES[ticket.sla.queue] ?? ticket.sla.queue}</dd>
      </dl>
      <DueTime due={ticket.sla.firstResponseDue} zone={ticket.sla.timezone} />
      {state === 'sent' ? (
        <>
          <h2>What happens next</h2>
          <p>{nextSteps(ticket, data)}</p>
          <p>Quote {reference} if you contact us about it.</p>
          <p>
            <a
              href="#"
              onClick={(event) => {
                event.preventDefault();
                onNewTicket();
              }}
            >
              Raise another ticket
            </a>
          </p>
        </>
      ) : (
        state !== 'sending' && (
          <DeliveryActions ticket={ticket} data={data} onRetry={state === 'rejected' ? undefined : onRetry} />
        )
      )}
    </>
  );
}
