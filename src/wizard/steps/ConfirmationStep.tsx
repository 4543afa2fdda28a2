/**
 * Step 8: the ticket's true state. Sent: the reference, the queue, the due time and what
 * happens next. Not sent yet: why, that it is kept and retried, and what they can do now.
 * Refused: what to fix, each with a link back to the answer.
 */
import { findTier } from '../../domain/catalogue.ts';
import type { Ticket } from '../../domain/ticket.ts';
import { fieldNameForPath, TICKET_FIELDS } from '../../domain/ticket-fields.ts';
import { ticketReference } from '../../domain/ticket-reference.ts';
import { DeliveryActions } from '../delivery/DeliveryActions.tsx';
import { deliveryDetail, deliveryHeading } from '../delivery/delivery-text.ts';
import { QUEUE_TEXT } from '../queue-text.ts';
import type { StepViewProps } from '../step-props.ts';
import { DueTime } from '../ui/DueTime.tsx';
import type { WizardData } from '../wizard-data.ts';

function nextSteps(ticket: Ticket, data: WizardData): string {
  const name = (id: string) => findTier(data.catalogue, id)?.name ?? id;
  const reply = QUEUE_TEXT[ticket.sla.queue].reply({
    email: ticket.customer.email,
    tier: name(ticket.tier),
    upsell: ticket.verdict === 'upsell' ? name(ticket.upsellTier) : undefined,
  });
  const unconfirmed = 'tierConfirmed' in ticket && !ticket.tierConfirmed;
  return unconfirmed ? `${reply} They check your support tier first.` : reply;
}

export function ConfirmationStep({
  data,
  state: { ticket },
  delivery: deliveries,
  change,
  newTicket,
}: StepViewProps) {
  if (!ticket) return null;
  const delivery = deliveries.of(ticket.id);
  const { durable } = deliveries;
  const heading = deliveryHeading(delivery);
  const status = delivery?.state ?? 'sent';
  // The webhook's own reference when it gave one; the receiver's is the same, derived from the id.
  const reference = (delivery?.state === 'sent' && delivery.reference) || ticketReference(ticket.id);
  return (
    <>
      {status === 'rejected' && delivery?.state === 'rejected' && (
        <div class="error-summary">
          <div role="alert">
            <h2>There is a problem</h2>
            <ul>
              {delivery.issues.map((issue) => {
                const field = fieldNameForPath(issue.path);
                return (
                  <li key={issue.path}>
                    {field ? (
                      <a
                        href="#"
                        onClick={(event) => {
                          event.preventDefault();
                          change(field);
                        }}
                      >
                        {TICKET_FIELDS[field].label}: {issue.message}
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
      <div class={status === 'sent' ? 'panel' : undefined}>
        <h1 id="step-heading" tabIndex={-1}>
          {heading}
        </h1>
        {status === 'sent' && (
          <p class="panel-body">
            Your reference is <strong>{reference}</strong>
          </p>
        )}
      </div>
      <p role="status">{deliveryDetail(delivery, durable)}</p>
      {status === 'rejected' && (
        <p>Change the answers listed above, then send the ticket again from the check page.</p>
      )}
      <dl class="facts">
        {/* A refused ticket is sent again as a new one, with a reference of its own. */}
        {status !== 'sent' && status !== 'rejected' && (
          <>
            <dt>Reference</dt>
            <dd>{reference}</dd>
          </>
        )}
        <dt>Summary</dt>
        <dd>{ticket.summary}</dd>
        <dt>Goes to</dt>
        <dd>{QUEUE_TEXT[ticket.sla.queue].name}</dd>
      </dl>
      {status !== 'rejected' && <DueTime due={ticket.sla.firstResponseDue} zone={ticket.sla.timezone} />}
      {status === 'sent' ? (
        <>
          <h2>What happens next</h2>
          <p>{nextSteps(ticket, data)}</p>
          <p>Quote {reference} if you contact us about it.</p>
          <p>
            <a
              href="#"
              onClick={(event) => {
                event.preventDefault();
                newTicket();
              }}
            >
              Raise another ticket
            </a>
          </p>
        </>
      ) : (
        status !== 'sending' && (
          <DeliveryActions
            ticket={ticket}
            data={data}
            onRetry={status === 'rejected' ? undefined : () => deliveries.retry(ticket)}
          />
        )
      )}
    </>
  );
}
