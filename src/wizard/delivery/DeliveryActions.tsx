/**
 * What a person can do with a ticket that is not sent yet: try again now, e-mail it to support
 * (prefilled, to their tier's contact) or download it as JSON to send some other way.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { findTier, findTopic } from '../../domain/catalogue.ts';
import { defaultTier } from '../../domain/coverage.ts';
import type { Ticket } from '../../domain/ticket.ts';
import { ticketMailto } from './mail.ts';
import type { WizardData } from '../wizard-data.ts';

interface Props {
  ticket: Ticket;
  data: WizardData;
  /** Absent when trying again as it is would not help (the webhook refused it). */
  onRetry?: (() => void) | undefined;
}

export function DeliveryActions({ ticket, data, onRetry }: Props) {
  const download = useMemo(
    () => URL.createObjectURL(new Blob([JSON.stringify(ticket, null, 2)], { type: 'application/json' })),
    [ticket],
  );
  useEffect(() => () => URL.revokeObjectURL(download), [download]);
  const tier = findTier(data.catalogue, ticket.tier);
  const contact = (tier ?? defaultTier(data.catalogue)).contact;
  const mailto = ticketMailto(contact, ticket, {
    tier: tier?.name ?? ticket.tier,
    topic: (ticket.topic && findTopic(data.catalogue, ticket.topic)?.title) || 'None chosen',
  });
  return (
    <div class="actions">
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          Try again
        </button>
      )}
      <a class="button secondary" href={mailto}>
        E-mail it to support ({contact})
      </a>
      <a class="button secondary" href={download} download={`ticket-${ticket.id}.json`}>
        Download the ticket (JSON)
      </a>
    </div>
  );
}
