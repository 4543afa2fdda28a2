/** The true state of a ticket in words: the heading and the sentence the page shows. */
import type { Delivery } from './deliver.ts';

export function deliveryHeading(delivery: Delivery | undefined): string {
  switch (delivery?.state) {
    case 'sending':
      return 'Sending your ticket';
    case 'waiting':
    case 'not-sent':
      return 'Your ticket is not sent yet';
    case 'rejected':
      return 'Your ticket was not sent: there is a problem';
    default:
      return 'Ticket sent';
  }
}

/** What is going on and what happens without the person doing anything. */
export function deliveryDetail(delivery: Delivery | undefined, durable: boolean): string {
  const kept = durable
    ? 'It is saved on this device and is sent automatically when you come back to this page or your connection returns.'
    : 'This browser does not let us save it, so keep this page open, or e-mail or download it.';
  switch (delivery?.state) {
    case 'sending':
      return delivery.attempt > 1 ? `Trying again (attempt ${delivery.attempt}).` : 'This takes a moment.';
    case 'waiting':
      return `${delivery.reason} We try again in ${Math.max(1, Math.round((delivery.retryAt - Date.now()) / 1000))} seconds. ${kept}`;
    case 'not-sent':
      return `${delivery.reason} ${kept}`;
    case 'rejected':
      return `The ticket service refused it: ${delivery.error}.`;
    default:
      return '';
  }
}
