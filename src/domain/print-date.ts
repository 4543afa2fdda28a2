/** A print-out's date, `29 November 2026`, in the desk's zone so neither the build machine's nor the browser's zone changes it. */
export function printDate(moment: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: zone,
  }).format(moment);
}
