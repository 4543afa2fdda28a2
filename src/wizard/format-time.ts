/**
 * A moment as a person reads it, in a given zone, with the browser's own Intl (no luxon needed
 * on the page for this): `Monday 30 March 2026 at 10:30`.
 */
export function formatMoment(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** The browser's IANA zone, e.g. `Europe/London`; UTC when it does not say. */
export function ownZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
